#include "ui/widgets/headerfit.h"

#include <QHeaderView>

namespace HeaderFit {

void widenToTitles(QHeaderView *header)
{
    if (!header || !header->model())
        return;
    for (int i = 0; i < header->count(); ++i) {
        if (header->isSectionHidden(i) || header->sectionResizeMode(i) != QHeaderView::Interactive)
            continue;
        const int need = header->sectionSizeHint(i);
        if (header->sectionSize(i) < need)
            header->resizeSection(i, need);
    }
}

} // namespace HeaderFit
