from backend import db, schema_migrations


async def test_the_migrations_of_this_dialect_applied_to_the_empty_database_leave_nothing_pending(database_url):
    assert db.migration_files(database_url)
    assert await db.pending_migrations_now(database_url) == []


def test_every_model_change_has_a_migration_in_both_dialects():
    assert schema_migrations.unmigrated() == {}
