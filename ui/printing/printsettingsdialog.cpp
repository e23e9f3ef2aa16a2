#include "printsettingsdialog.h"

#include "documentnames.h"
#include "printsettings.h"
#include "textfit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPrinterInfo>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// Marks a remembered printer the system no longer has, kept in the list so that saving does not lose it.
constexpr int MissingPrinterRole = Qt::UserRole + 1;
// The narrowest an orientation box gets, in characters.
constexpr int OrientationMinimumLength = 7;

QLabel *headerLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

PrintSettingsDialog::PrintSettingsDialog(PrintSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_printerNames(QPrinterInfo::availablePrinterNames())
    , m_paperChoices(PrintSettings::paperChoices())
    , m_intro(new QLabel(this))
    , m_typeHeader(headerLabel(this))
    , m_printerHeader(headerLabel(this))
    , m_paperHeader(headerLabel(this))
    , m_orientationHeader(headerLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"printSettingsDialog"_s);
    m_intro->setWordWrap(true);
    m_buttons->setObjectName(u"buttonBox"_s);

    auto *grid = new QGridLayout;
    grid->addWidget(m_typeHeader, 0, 0);
    grid->addWidget(m_printerHeader, 0, 1);
    grid->addWidget(m_paperHeader, 0, 2);
    grid->addWidget(m_orientationHeader, 0, 3);
    // Only the printer column takes spare width: stretch on the others would squeeze them below their text.
    grid->setColumnStretch(1, 1);
    for (const DocumentType type : DocumentNames::allTypes()) {
        const QString key = DocumentNames::key(type);
        Row row{type, new QLabel(this), new QComboBox(this), new QComboBox(this), new QComboBox(this)};
        row.printer->setObjectName(u"printer_"_s + key);
        row.paper->setObjectName(u"paper_"_s + key);
        row.orientation->setObjectName(u"orientation_"_s + key);
        row.printer->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        row.paper->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        row.orientation->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        row.name->setBuddy(row.printer);

        row.printer->addItem(QString(), QString()); // the system default printer
        for (const QString &printer : std::as_const(m_printerNames))
            row.printer->addItem(printer, printer);
        for (qsizetype index = 0; index < m_paperChoices.size(); ++index)
            row.paper->addItem(QString(), int(index));
        row.orientation->addItem(QString(), int(QPageLayout::Portrait));
        row.orientation->addItem(QString(), int(QPageLayout::Landscape));

        const int line = int(m_rows.size()) + 1;
        grid->addWidget(row.name, line, 0);
        grid->addWidget(row.printer, line, 1);
        grid->addWidget(row.paper, line, 2);
        grid->addWidget(row.orientation, line, 3);
        m_rows.append(row);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(grid);
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PrintSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PrintSettingsDialog::reject);

    load();
    retranslateUi();
}

PrintSettingsDialog::~PrintSettingsDialog() = default;

void PrintSettingsDialog::load()
{
    for (const Row &row : std::as_const(m_rows)) {
        const QString printer = m_settings.printerName(row.type);
        int index = row.printer->findData(printer);
        if (index < 0) {
            row.printer->addItem(QString(), printer);
            index = row.printer->count() - 1;
            row.printer->setItemData(index, true, MissingPrinterRole);
        }
        row.printer->setCurrentIndex(index);
        selectPaper(row, m_settings.pageSize(row.type));
        row.orientation->setCurrentIndex(row.orientation->findData(int(m_settings.orientation(row.type))));
    }
}

void PrintSettingsDialog::selectPaper(const Row &row, const QPageSize &pageSize)
{
    for (qsizetype index = 0; index < m_paperChoices.size(); ++index) {
        if (m_paperChoices.at(index).isEquivalentTo(pageSize)) {
            row.paper->setCurrentIndex(row.paper->findData(int(index)));
            return;
        }
    }
    // A size set elsewhere (an older version, another tool): offer it to every row so it is not lost.
    m_paperChoices.append(pageSize);
    for (const Row &other : std::as_const(m_rows))
        other.paper->addItem(pageSize.name(), int(m_paperChoices.size() - 1));
    row.paper->setCurrentIndex(row.paper->count() - 1);
}

void PrintSettingsDialog::save()
{
    for (const Row &row : std::as_const(m_rows)) {
        m_settings.setPrinterName(row.type, row.printer->currentData().toString());
        const int paper = row.paper->currentData().toInt();
        if (paper >= 0 && paper < m_paperChoices.size())
            m_settings.setPageSize(row.type, m_paperChoices.at(paper));
        m_settings.setOrientation(row.type, QPageLayout::Orientation(row.orientation->currentData().toInt()));
    }
}

void PrintSettingsDialog::accept()
{
    save();
    QDialog::accept();
}

void PrintSettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // Longer words (German) must not be clipped: the dialog grows to fit them. Sub-layouts keep their
        // old size hints until the top layout re-activates.
        if (isVisible()) {
            layout()->activate();
            resize(size().expandedTo(sizeHint()));
        }
    }
    QDialog::changeEvent(event);
}

void PrintSettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Printers and Paper"));
    m_intro->setText(tr("Choose the printer and the paper for each kind of document. The pack station prints "
                        "to these printers without asking."));
    m_typeHeader->setText(tr("Document"));
    m_printerHeader->setText(tr("Printer"));
    m_paperHeader->setText(tr("Paper"));
    m_orientationHeader->setText(tr("Orientation"));
    // Paper names come translated from Qt and from PrintSettings; refresh the ones we did not make up.
    const QList<QPageSize> fresh = PrintSettings::paperChoices();
    for (qsizetype index = 0; index < fresh.size() && index < m_paperChoices.size(); ++index)
        m_paperChoices[index] = fresh.at(index);
    for (const Row &row : std::as_const(m_rows))
        retranslateRow(row);
    if (m_printerNames.isEmpty())
        m_intro->setText(m_intro->text() + u"\n\n"_s
                         + tr("No printer is set up on this computer yet. Add one in the system's printer "
                              "settings, then open this dialog again."));
}

void PrintSettingsDialog::retranslateRow(const Row &row)
{
    row.name->setText(DocumentNames::label(row.type));
    const QString systemDefault = QPrinterInfo::defaultPrinterName();
    row.printer->setItemText(
        0, systemDefault.isEmpty() ? tr("System default printer") : tr("System default (%1)").arg(systemDefault));
    for (int index = 1; index < row.printer->count(); ++index) {
        if (row.printer->itemData(index, MissingPrinterRole).toBool())
            row.printer->setItemText(index, tr("%1 (not found)").arg(row.printer->itemData(index).toString()));
    }
    for (int index = 0; index < row.paper->count(); ++index) {
        const int choice = row.paper->itemData(index).toInt();
        if (choice >= 0 && choice < m_paperChoices.size())
            row.paper->setItemText(index, m_paperChoices.at(choice).name());
    }
    row.orientation->setItemText(0, tr("Portrait"));
    row.orientation->setItemText(1, tr("Landscape"));
    // "縦" and "横" (Japanese) are one character: at their own width the boxes looked cut off. Never narrower than a
    // short word; longer words ("Querformat") widen them.
    const QFontMetrics metrics = row.orientation->fontMetrics();
    const int shortWord = OrientationMinimumLength * metrics.horizontalAdvance(u'X');
    const int words = TextFit::widest(metrics, {row.orientation->itemText(0), row.orientation->itemText(1)});
    row.orientation->setMinimumWidth(TextFit::comboWidthFor(row.orientation, qMax(shortWord, words)));
}
