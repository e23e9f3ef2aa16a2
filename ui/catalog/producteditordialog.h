#pragma once

#include "product.h"
#include "productrepository.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ProductEditorDialog;
}
class QLabel;

// Adds or edits one product. Every field is checked as it is typed and its problem shown right under it;
// OK stays disabled until the product is valid (including a SKU no other product uses).
class ProductEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductEditorDialog)

public:
    ProductEditorDialog(const ProductRepository &repository, const Product &product, QWidget *parent = nullptr);
    ~ProductEditorDialog() override;

    // The product as edited (id kept); valid only when there are no problems.
    Product product() const;
    bool isValid() const { return m_valid; }
    // The message shown under a field ("" when none), for tests and accessibility.
    QString problemText(ProductField field) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void load(const Product &product);
    void validate();
    QLabel *errorLabel(ProductField field) const;

    std::unique_ptr<Ui::ProductEditorDialog> m_ui;
    ProductRepository m_repository;
    qint64 m_id = 0;
    bool m_valid = false;
};
