#include "firstrundialog.h"
#include "ui_firstrundialog.h"

#include "languagemanager.h"

#include <QEvent>

FirstRunDialog::FirstRunDialog(LanguageManager &languages, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::FirstRunDialog>())
    , m_languages(languages)
{
    m_ui->setupUi(this);
    for (const LanguageManager::Language &language : LanguageManager::available())
        m_ui->languageCombo->addItem(language.nativeName, language.code);
    m_ui->languageCombo->setCurrentIndex(m_ui->languageCombo->findData(languages.current()));
    // Guess from the system: a Thai machine most likely sells from Thailand in baht.
    const QLocale system = QLocale::system();
    const QString country = QLocale::territoryToCode(system.territory());
    m_ui->countryCombo->setCurrentCode(country.isEmpty() ? QStringLiteral("TH") : country);
    m_ui->currencyCombo->setCurrentCode(system.currencySymbol(QLocale::CurrencyIsoCode).isEmpty()
                                            ? QStringLiteral("THB")
                                            : system.currencySymbol(QLocale::CurrencyIsoCode));
    connect(m_ui->languageCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_languages.switchTo(m_ui->languageCombo->currentData().toString()); });
}

FirstRunDialog::~FirstRunDialog() = default;

QString FirstRunDialog::baseCurrency() const
{
    return m_ui->currencyCombo->currentCode();
}

QString FirstRunDialog::homeCountry() const
{
    return m_ui->countryCombo->currentCode();
}

void FirstRunDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QDialog::changeEvent(event);
}
