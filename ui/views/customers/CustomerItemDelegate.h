#pragma once

#include <QFont>
#include <QHash>
#include <QStaticText>
#include <QStyledItemDelegate>

#include <vector>

namespace onboarder::ui {

// Paints the customer table's cells as QStyledItemDelegate does (the style draws the background, the selection, the
// icon and the focus; the text is elided at the right in the style's text rectangle and colour), but keeps each
// text laid out, elided to its column's width, for the next paint instead of laying it out again. While 20,000 rows
// stream in the table repaints after every batch, and laying out its 200 or so visible texts each time was most of
// the frame. Texts that wrap or are being edited are left to QStyledItemDelegate.
class CustomerItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    // The laid-out texts of one font, by width and text.
    struct FontTexts
    {
        QFont font;
        QHash<QString, QStaticText> texts;
    };
    const QStaticText& laidOut(const QFont& font, const QString& text, int width, Qt::TextElideMode mode) const;

    mutable std::vector<FontTexts> m_fonts;
};

} // namespace onboarder::ui
