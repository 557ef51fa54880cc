#include "ui/views/customers/CustomerItemDelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QStyle>

#include <algorithm>

namespace onboarder::ui {

namespace {
// Enough for every visible cell at a few column widths and fonts; the cache starts afresh beyond it.
constexpr qsizetype kMaxTextsPerFont = 4096;
constexpr std::size_t kMaxFonts = 4;
} // namespace

const QStaticText&
CustomerItemDelegate::laidOut(const QFont& font, const QString& text, int width, Qt::TextElideMode mode) const
{
    auto fonts = std::find_if(m_fonts.begin(), m_fonts.end(), [&font](const FontTexts& f) { return f.font == font; });
    if (fonts == m_fonts.end()) {
        if (m_fonts.size() >= kMaxFonts) {
            m_fonts.clear();
        }
        m_fonts.push_back({ font, {} });
        fonts = m_fonts.end() - 1;
    }
    QHash<QString, QStaticText>& texts = fonts->texts;
    QString key = QString::number(width);
    key += QLatin1Char(mode == Qt::ElideRight        ? 'r'
                           : mode == Qt::ElideLeft   ? 'l'
                           : mode == Qt::ElideMiddle ? 'm'
                                                     : 'n');
    key += text;
    auto it = texts.find(key);
    if (it == texts.end()) {
        if (texts.size() >= kMaxTextsPerFont) {
            texts.clear();
        }
        QStaticText laid(mode == Qt::ElideNone ? text : QFontMetrics(font).elidedText(text, mode, width));
        laid.setTextFormat(Qt::PlainText);
        laid.prepare(QTransform(), font);
        it = texts.insert(key, laid);
    }
    return *it;
}

void CustomerItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // What the cache does not draw as the style would (a text that wraps, an editor's frame, a text placed by its own
    // size rather than in the whole cell) goes the usual way.
    if (opt.text.isEmpty() || (opt.features & QStyleOptionViewItem::WrapText) || (opt.state & QStyle::State_Editing)
        || !opt.showDecorationSelected || opt.text.contains(QChar::LineSeparator)
        || opt.text.contains(QLatin1Char('\n'))) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    const QString text = opt.text;
    opt.text.clear();
    opt.features &= ~QStyleOptionViewItem::HasDisplay;
    // Background, selection, icon and focus by the style.
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    // The text in the rectangle the style gives it, less the focus frame's margin (QCommonStyle's
    // viewItemDrawText), in the colour the style would take.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect rect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(margin, 0, -margin, 0);
    if (rect.width() <= 0) {
        return;
    }
    QPalette::ColorGroup group = (opt.state & QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(opt.state & QStyle::State_Active)) {
        group = QPalette::Inactive;
    }
    const QStaticText& laid = laidOut(opt.font, text, rect.width(), opt.textElideMode);
    const QSizeF size = laid.size();
    const Qt::Alignment alignment = QStyle::visualAlignment(opt.direction, opt.displayAlignment);
    qreal x = rect.left();
    if (alignment & Qt::AlignRight) {
        x = rect.left() + rect.width() - size.width();
    } else if (alignment & Qt::AlignHCenter) {
        x = rect.left() + (rect.width() - size.width()) / 2;
    }
    // Centred by the line's height, as QTextLayout places it (the laid-out size may count a leading too).
    const qreal height = QFontMetricsF(opt.font).height();
    qreal y = rect.top() + (rect.height() - height) / 2;
    if (alignment & Qt::AlignTop) {
        y = rect.top();
    } else if (alignment & Qt::AlignBottom) {
        y = rect.top() + rect.height() - height;
    }
    painter->save();
    painter->setClipRect(opt.rect);
    painter->setFont(opt.font);
    painter->setPen(
        opt.palette.color(group, (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text));
    painter->drawStaticText(QPointF(x, y), laid);
    painter->restore();
}

} // namespace onboarder::ui
