// The entity panel and its list model: groups in legend order with entity counts, most mentioned first, the
// filter's "shown of all" counts, and a selection and folded groups that survive filtering and corrections.
#include "annotate/AnnotationModel.h"
#include "annotate/EntityListModel.h"
#include "annotate/EntityPanel.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace lede;
using namespace lede::ui;

namespace {

core::Entity entity(const char *id, core::EntityType type, const char16_t *name, int mentions)
{
    core::Entity e{id, type, name, {}};
    for (int i = 0; i < mentions; ++i)
        e.mentions.push_back({i, i + 1});
    return e;
}

// In the vector's order, which is the order of first appearance.
std::vector<core::Entity> sampleEntities()
{
    using T = core::EntityType;
    return {entity("e1", T::Person, u"Ada Byron", 1),       entity("e2", T::Place, u"Lisbon", 3),
            entity("e3", T::Person, u"Ilse Weber", 3),      entity("e4", T::Person, u"Ilsa Lund", 3),
            entity("e5", T::Organization, u"Red Cross", 2), entity("e6", T::Other, u"Olympics", 1),
            entity("e7", T::Place, u"Vilnius", 1)};
}

QStringList namesUnder(const EntityListModel &list, int group)
{
    QStringList names;
    const QModelIndex parent = list.index(group, 0);
    for (int r = 0; r < list.rowCount(parent); ++r)
        names << list.index(r, EntityListModel::NameColumn, parent).data().toString();
    return names;
}

} // namespace

class TestEntityPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        auto doc = std::make_shared<core::Document>();
        doc->text = std::u16string(64, u'x');
        doc->blocks.push_back({core::BlockKind::Paragraph, 0, false, 0, {0, 64}});
        m_model = std::make_unique<AnnotationModel>();
        m_model->setAnalysis(doc, std::make_shared<const core::Analysis>(), sampleEntities());
        m_panel = std::make_unique<EntityPanel>();
        m_panel->setModel(m_model.get());
        m_panel->resize(400, 600);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }

    void cleanup()
    {
        m_panel.reset();
        m_model.reset();
    }

    void groups_inLegendOrder_mostMentionedFirst_tiesByFirstAppearance()
    {
        QCOMPARE(m_panel->groupLabels(),
                 (QStringList{QStringLiteral("People (3)"), QStringLiteral("Places (2)"),
                              QStringLiteral("Organisations (1)"), QStringLiteral("Other (1)")}));
        const auto &list = *list_();
        QCOMPARE(namesUnder(list, 0),
                 (QStringList{QStringLiteral("Ilse Weber"), QStringLiteral("Ilsa Lund"), QStringLiteral("Ada Byron")}));
        QCOMPARE(namesUnder(list, 1), (QStringList{QStringLiteral("Lisbon"), QStringLiteral("Vilnius")}));
        const QModelIndex ilse = list.index(0, EntityListModel::MentionsColumn, list.index(0, 0));
        QCOMPARE(ilse.data().toString(), QStringLiteral("3"));
        QCOMPARE(ilse.data(Qt::TextAlignmentRole).toInt(), static_cast<int>(Qt::AlignRight | Qt::AlignVCenter));
        QCOMPARE(ilse.siblingAtColumn(0).data(EntityListModel::IdRole).toString(), QStringLiteral("e3"));
        // Group rows fold but are never selected; entity rows are.
        QVERIFY(!(list.flags(list.index(0, 0)) & Qt::ItemIsSelectable));
        QVERIFY(list.flags(ilse) & Qt::ItemIsSelectable);
        QVERIFY(m_panel->view()->isExpanded(list.index(0, 0)));
    }

    void filter_matchesNamesInAnyCase_andCountsWhatEachGroupShows_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QStringList>("labels");
        QTest::addColumn<int>("shown");
        QTest::newRow("none") << QString()
                              << QStringList{QStringLiteral("People (3)"), QStringLiteral("Places (2)"),
                                             QStringLiteral("Organisations (1)"), QStringLiteral("Other (1)")}
                              << 7;
        QTest::newRow("two people") << QStringLiteral("ILS") << QStringList{QStringLiteral("People (2 of 3)")} << 2;
        QTest::newRow("across groups") << QStringLiteral("o")
                                       << QStringList{QStringLiteral("People (1 of 3)"),
                                                      QStringLiteral("Places (1 of 2)"),
                                                      QStringLiteral("Organisations (1 of 1)"),
                                                      QStringLiteral("Other (1 of 1)")}
                                       << 4;
        QTest::newRow("a group label is no name") << QStringLiteral("People") << QStringList() << 0;
    }

    void filter_matchesNamesInAnyCase_andCountsWhatEachGroupShows()
    {
        QFETCH(QString, filter);
        QFETCH(QStringList, labels);
        QFETCH(int, shown);
        m_panel->setFilterText(filter);
        QCOMPARE(m_panel->groupLabels(), labels);
        QCOMPARE(m_panel->visibleEntityCount(), shown);
        for (int g = 0; g < list_()->rowCount(); ++g)
            QVERIFY(m_panel->view()->isExpanded(list_()->index(g, 0)));
    }

    void selection_survivesAFilterThatKeepsIt_andGoesWithOneThatHidesIt()
    {
        m_panel->setSelectedEntity("e3");
        m_panel->setFilterText(QStringLiteral("ilse"));
        QCOMPARE(m_panel->selectedEntities(), std::vector<std::string>{"e3"});
        m_panel->setFilterText({});
        QCOMPARE(m_panel->selectedEntities(), std::vector<std::string>{"e3"});
        m_panel->setFilterText(QStringLiteral("lisbon"));
        QVERIFY(m_panel->selectedEntities().empty());
        m_panel->setFilterText({});
        QVERIFY(m_panel->selectedEntities().empty());
    }

    void manySelected_surviveACorrection_withoutReportingASelection()
    {
        QSignalSpy selected(m_panel.get(), &EntityPanel::entitySelected);
        QItemSelectionModel *selection = m_panel->view()->selectionModel();
        for (const char *id : {"e1", "e2", "e5"})
            selection->select(list_()->indexOfEntity(id), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const int reported = static_cast<int>(selected.size());
        // A correction: Ada Byron is removed, the others stay.
        auto entities = sampleEntities();
        entities.erase(entities.begin());
        m_model->setEntities(entities);
        QCOMPARE(m_panel->selectedEntities(), (std::vector<std::string>{"e2", "e5"}));
        QCOMPARE(selected.size(), reported);
    }

    void selectingARow_reportsItsEntity()
    {
        QSignalSpy selected(m_panel.get(), &EntityPanel::entitySelected);
        const QModelIndex lisbon = list_()->indexOfEntity("e2");
        QVERIFY(lisbon.isValid());
        m_panel->view()->selectionModel()->setCurrentIndex(
            lisbon, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.front().front().value<std::string>(), std::string("e2"));
    }

    void foldedGroup_staysFoldedAfterACorrection_andAFilterOpensIt()
    {
        QTreeView *view = m_panel->view();
        view->collapse(list_()->index(1, 0)); // Places
        m_model->setEntities(sampleEntities());
        QVERIFY(view->isExpanded(list_()->index(0, 0)));
        QVERIFY(!view->isExpanded(list_()->index(1, 0)));
        m_panel->setFilterText(QStringLiteral("i"));
        m_panel->setFilterText({});
        QVERIFY(view->isExpanded(list_()->index(1, 0)));
    }

    void anotherDocument_carriesNoSelectionOver()
    {
        m_panel->setSelectedEntity("e2");
        AnnotationModel other;
        other.setAnalysis(m_model->document(), std::make_shared<const core::Analysis>(), sampleEntities());
        m_panel->setModel(&other);
        QVERIFY(m_panel->selectedEntities().empty());
        m_panel->setModel(nullptr);
        QVERIFY(m_panel->groupLabels().isEmpty());
    }

    void countColumn_fitsTheWidestCount_whereverItIsListed()
    {
        // A thousand people before the most mentioned place: the widest number is far down the list.
        std::vector<core::Entity> entities;
        for (int i = 0; i < 1200; ++i) {
            const std::u16string name = u"Person " + QString::number(i).toStdU16String();
            entities.push_back(entity("p", core::EntityType::Person, name.c_str(), 1));
            entities.back().id = "p" + std::to_string(i);
        }
        entities.push_back(entity("big", core::EntityType::Place, u"Jerusalem", 123456));
        m_model->setEntities(entities);
        const QModelIndex count = list_()->indexOfEntity("big").siblingAtColumn(EntityListModel::MentionsColumn);
        QCOMPARE(count.data().toString(), QLocale().toString(123456));
        QVERIFY(m_panel->view()->header()->sectionSize(EntityListModel::MentionsColumn)
                >= m_panel->view()->sizeHintForIndex(count).width());
    }

    void counts_areWrittenInTheLocale()
    {
        EntityListModel list;
        AnnotationModel model;
        model.setAnalysis(m_model->document(), std::make_shared<const core::Analysis>(),
                          {entity("e1", core::EntityType::Place, u"Lisbon", 1234)});
        list.setSource(&model);
        list.setLocale(QLocale(QLocale::German, QLocale::Germany));
        const QModelIndex count = list.index(0, EntityListModel::MentionsColumn, list.index(0, 0));
        QCOMPARE(count.data().toString(), QStringLiteral("1.234"));
    }

    void model_keepsItsContract_throughCorrectionsAndFilters()
    {
        EntityListModel list;
        QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
        list.setSource(m_model.get());
        list.setFilterText(QStringLiteral("il"));
        auto entities = sampleEntities();
        entities.pop_back();
        m_model->setEntities(entities);
        list.setFilterText({});
        m_model->clear();
        QCOMPARE(list.rowCount(), 0);
    }

private:
    const EntityListModel *list_() const { return static_cast<const EntityListModel *>(m_panel->view()->model()); }

    std::unique_ptr<AnnotationModel> m_model;
    std::unique_ptr<EntityPanel> m_panel;
};

QTEST_MAIN(TestEntityPanel)
#include "tst_entitypanel.moc"
