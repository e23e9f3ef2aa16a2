#include "productcommands.h"

#include "catalogeditor.h"

AddProductsCommand::AddProductsCommand(CatalogEditor *editor, QList<Product> products, const QString &text)
    : QUndoCommand(text)
    , m_editor(editor)
    , m_products(std::move(products))
{
    m_done = m_editor->insertAll(m_products);
}

void AddProductsCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return;
    m_editor->insertAll(m_products); // same ids as the first time
}

void AddProductsCommand::undo()
{
    QList<qint64> ids;
    for (const Product &p : std::as_const(m_products))
        ids.append(p.id);
    m_editor->removeAll(ids);
}

EditProductCommand::EditProductCommand(CatalogEditor *editor, const Product &before, const Product &after)
    : QUndoCommand(tr("Edit %1").arg(after.sku))
    , m_editor(editor)
    , m_before(before)
    , m_after(after)
{
    m_done = m_editor->update(m_after);
}

void EditProductCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return;
    m_editor->update(m_after);
}

void EditProductCommand::undo()
{
    m_editor->update(m_before);
}

DeleteProductsCommand::DeleteProductsCommand(CatalogEditor *editor, QList<Product> products)
    : QUndoCommand(products.size() == 1 ? tr("Delete %1").arg(products.front().sku)
                                        : tr("Delete %Ln product(s)", nullptr, int(products.size())))
    , m_editor(editor)
    , m_products(std::move(products))
{
    m_done = m_editor->removeAll(ids());
}

QList<qint64> DeleteProductsCommand::ids() const
{
    QList<qint64> result;
    for (const Product &p : m_products)
        result.append(p.id);
    return result;
}

void DeleteProductsCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return;
    m_editor->removeAll(ids());
}

void DeleteProductsCommand::undo()
{
    m_editor->insertAll(m_products);
}
