#pragma once

#include <QComboBox>

// Picks an ISO 3166 country by its name in the UI language (names from ICU, re-sorted when the language changes).
class CountryComboBox final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountryComboBox)

public:
    explicit CountryComboBox(QWidget *parent = nullptr);

    // Adds a first entry meaning "no country" (for optional fields and filters), shown with this text.
    void setNoneText(const QString &text);
    QString currentCode() const;
    void setCurrentCode(const QString &code);
    // Restricts the list to these codes (e.g. the origins present in the catalogue); empty = all countries.
    void setCodes(const QStringList &codes);

protected:
    void changeEvent(QEvent *event) override;

private:
    void repopulate();

    QString m_noneText;
    bool m_hasNone = false;
    QStringList m_codes;
};
