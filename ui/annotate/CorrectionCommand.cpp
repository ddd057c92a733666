// CorrectionCommand: appending to and taking back from the corrections log.
#include "annotate/CorrectionCommand.h"

#include "annotate/HighlightKind.h"

namespace lede::ui {

CorrectionCommand::CorrectionCommand(core::Corrections &log, core::Correction correction, std::function<void()> apply,
                                     const QString &text)
    : QUndoCommand(text), m_log(log), m_correction(std::move(correction)), m_apply(std::move(apply))
{}

void CorrectionCommand::redo()
{
    m_log.append(m_correction);
    m_apply();
}

void CorrectionCommand::undo()
{
    // Only this command's own entry may go: anything else means the log was replaced under the stack.
    if (m_log.empty() || !(m_log.log().back() == m_correction)) {
        qCWarning(lcAnnotate) << "undo skipped: the corrections log no longer ends with this correction";
        return;
    }
    m_log.removeLast();
    m_apply();
}

} // namespace lede::ui
