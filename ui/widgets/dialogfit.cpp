#include "ui/widgets/dialogfit.h"

#include <QLayout>
#include <QWidget>

namespace DialogFit {

void growToContents(QWidget *window)
{
    QLayout *layout = window ? window->layout() : nullptr;
    if (!layout || !window->isVisible())
        return;
    layout->activate();
    const int need = layout->hasHeightForWidth()
                         ? layout->totalMinimumHeightForWidth(window->width())
                         : layout->totalMinimumSize().height();
    if (need > window->height())
        window->resize(window->width(), need);
}

} // namespace DialogFit
