#pragma once

#include "printabledocument.h"

#include <QDialog>
#include <QList>
#include <QPageSize>

class PrintSettings;
class QComboBox;
class QDialogButtonBox;
class QLabel;

// Lets the operator choose, for each kind of document, the printer it goes to and the paper it is printed on.
class PrintSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrintSettingsDialog)

public:
    // Offers the printers the system knows (QPrinterInfo::availablePrinterNames()).
    explicit PrintSettingsDialog(PrintSettings &settings, QWidget *parent = nullptr);
    ~PrintSettingsDialog() override;

    void accept() override; // saves, then closes

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        DocumentType type;
        QLabel *name = nullptr;
        QComboBox *printer = nullptr;
        QComboBox *paper = nullptr;
        QComboBox *orientation = nullptr;
    };

    void load();
    void save();
    void retranslateUi();
    void retranslateRow(const Row &row);
    void selectPaper(const Row &row, const QPageSize &pageSize);

    PrintSettings &m_settings;
    QStringList m_printerNames;
    QList<QPageSize> m_paperChoices; // combo data: index into this list
    QLabel *m_intro;
    QLabel *m_typeHeader;
    QLabel *m_printerHeader;
    QLabel *m_paperHeader;
    QLabel *m_orientationHeader;
    QList<Row> m_rows;
    QDialogButtonBox *m_buttons;
};
