#pragma once

class QWidget;

// Dialogs whose messages come and go as the user types.
namespace DialogFit {

// Makes `window` at least as tall as its layout needs at its present width (a problem shown under a
// field, wrapped over lines, is never squeezed); it never shrinks it.
void growToContents(QWidget *window);

} // namespace DialogFit
