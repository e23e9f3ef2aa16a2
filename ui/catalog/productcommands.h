#pragma once

#include "product.h"

#include <QCoreApplication>
#include <QUndoCommand>

class CatalogEditor;

// Undoable catalogue edits. Each one has already been done once when it is pushed (see done()), so a
// refused change never lands on the undo stack.

class AddProductsCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddProductsCommand)

public:
    // Inserts the products now; check done() before pushing.
    AddProductsCommand(CatalogEditor *editor, QList<Product> products, const QString &text);
    bool done() const { return m_done; }
    QList<Product> products() const { return m_products; }
    void undo() override;
    void redo() override;

private:
    CatalogEditor *m_editor;
    QList<Product> m_products;
    bool m_done = false;
    bool m_firstRedo = true;
};

class EditProductCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditProductCommand)

public:
    EditProductCommand(CatalogEditor *editor, const Product &before, const Product &after);
    bool done() const { return m_done; }
    void undo() override;
    void redo() override;

private:
    CatalogEditor *m_editor;
    Product m_before;
    Product m_after;
    bool m_done = false;
    bool m_firstRedo = true;
};

class DeleteProductsCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteProductsCommand)

public:
    DeleteProductsCommand(CatalogEditor *editor, QList<Product> products);
    bool done() const { return m_done; }
    void undo() override;
    void redo() override;

private:
    QList<qint64> ids() const;

    CatalogEditor *m_editor;
    QList<Product> m_products;
    bool m_done = false;
    bool m_firstRedo = true;
};
