// CorrectionCommand: one entity correction as an undoable step of a tab's QUndoStack. The corrections
// log is append-only and the stack is linear, so redo appends the correction and undo takes the log's
// last entry off again; after either, `apply` re-derives the entities and saves the log.
#pragma once

#include "entities/Corrections.h"

#include <QUndoCommand>

#include <functional>

namespace lede::ui {

class CorrectionCommand final : public QUndoCommand
{
public:
    // `log` must outlive the command (both belong to one DocumentAnnotator).
    CorrectionCommand(core::Corrections &log, core::Correction correction, std::function<void()> apply,
                      const QString &text);

    void redo() override;
    void undo() override;

private:
    core::Corrections &m_log;
    core::Correction m_correction;
    std::function<void()> m_apply;
};

} // namespace lede::ui
