#pragma once

class QHeaderView;

// Column widths that fit their titles in every language.
namespace HeaderFit {

// Widens each shown section that is narrower than its title (with the sort arrow's room);
// never narrows one. For a page's defaults, and again when the language changes.
void widenToTitles(QHeaderView *header);

} // namespace HeaderFit
