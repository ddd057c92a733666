// OpenLocationDialog: File ▸ Open Location… — one line for a web address, prefilled from the clipboard
// when it holds one. Open stays disabled until the text is an http(s) address.
#pragma once

#include <QDialog>
#include <QUrl>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace lede::ui {

class OpenLocationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenLocationDialog)

public:
    explicit OpenLocationDialog(QWidget *parent = nullptr);

    // The address as it will be opened ("example.org/a" becomes "https://example.org/a"); empty if invalid.
    QUrl address() const;
    QLineEdit *addressEdit() const { return m_edit; }

Q_SIGNALS:
    void addressChosen(const QUrl &url);

private:
    void updateState();

    QLineEdit *m_edit = nullptr;
    QLabel *m_hint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace lede::ui
