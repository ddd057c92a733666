// WelcomePage: what the window shows when no article is open — how to open one.
#pragma once

#include <QWidget>

namespace lede::ui {

class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(QWidget *parent = nullptr);

Q_SIGNALS:
    void openRequested();
};

} // namespace lede::ui
