#include "ui/dialogs/commitdialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

// The commit dialog's checks: what the engines would refuse is refused before anything is sent.
class TestCommitDialog : public QObject
{
    Q_OBJECT

private slots:
    void names_data();
    void names();
    void options();
};

void TestCommitDialog::names_data()
{
    QTest::addColumn<QString>("repository");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<bool>("valid");
    QTest::newRow("suggested from the container") << "web"
                                                  << "" << true;
    QTest::newRow("with registry and port") << "registry.example:5000/team/web"
                                            << "v1.2" << true;
    QTest::newRow("no name: an untagged image") << ""
                                                << "" << true;
    QTest::newRow("capitals") << "Web"
                              << "" << false;
    QTest::newRow("space") << "my web"
                           << "" << false;
    QTest::newRow("trailing slash") << "team/"
                                    << "" << false;
    QTest::newRow("bad tag") << "web"
                             << "v1:2" << false;
    QTest::newRow("tag without repository") << ""
                                            << "v1" << false;
}

void TestCommitDialog::names()
{
    QFETCH(QString, repository);
    QFETCH(QString, tag);
    QFETCH(bool, valid);
    CommitDialog dialog(QStringLiteral("Web"));
    QCOMPARE(dialog.repositoryField()->text(), QStringLiteral("web"));
    dialog.repositoryField()->setText(repository);
    dialog.tagField()->setText(tag);
    QCOMPARE(dialog.commitButton()->isEnabled(), valid);
    QCOMPARE(dialog.problemLabel()->isHidden(), valid);
}

void TestCommitDialog::options()
{
    CommitDialog dialog(QStringLiteral("db"));
    dialog.tagField()->setText(QStringLiteral(" nightly "));
    const CommitOptions o = dialog.options();
    QCOMPARE(o.repository, QStringLiteral("db"));
    QCOMPARE(o.tag, QStringLiteral("nightly"));
    QVERIFY(o.pause);
}

QTEST_MAIN(TestCommitDialog)
#include "tst_commitdialog.moc"
