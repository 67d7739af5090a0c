using BackupLsp.Language.Analysis;

namespace BackupLsp.Language.Tests.Analysis;

public sealed class SessionEffectTests
{
    private static string? Read(string statement) =>
        SessionEffect.Of(statement) is { } effect ? $"{effect.Kind} {effect.Database}{(effect.Database is null ? "" : ".")}{effect.Name}{(effect.ReadOnly ? " read-only" : "")}" : null;

    [Theory]
    [InlineData("USE sales_db;", "UseDatabase sales_db")]
    [InlineData("  -- comment\n use default_catalog.`sales db`", "UseDatabase sales db")]
    [InlineData("CREATE REPOSITORY r WITH BROKER ON LOCATION 'x'", "CreateRepository r")]
    [InlineData("create read only repository `r2` with broker on location 'x'", "CreateRepository r2 read-only")]
    [InlineData("CREATE DATABASE IF NOT EXISTS db", "CreateDatabase db")]
    [InlineData("CREATE SCHEMA hive.db", "CreateDatabase db")]
    [InlineData("CREATE TABLE t (id INT)", "CreateTable t")]
    [InlineData("CREATE EXTERNAL TABLE IF NOT EXISTS db.t (id INT)", "CreateTable db.t")]
    [InlineData("CREATE TABLE cat.db.t LIKE other", "CreateTable db.t")]
    [InlineData("CREATE OR REPLACE VIEW db.v AS SELECT 1", "CreateView db.v")]
    [InlineData("CREATE MATERIALIZED VIEW IF NOT EXISTS mv REFRESH ASYNC AS SELECT 1", "CreateMaterializedView mv")]
    [InlineData("DROP REPOSITORY `old_repo`", "DropRepository old_repo")]
    public void The_effect_is_read_from_the_first_words(string statement, string expected) =>
        Assert.Equal(expected, Read(statement));

    [Theory]
    [InlineData("SELECT * FROM t")]
    [InlineData("USE")]
    [InlineData("USE select")]
    [InlineData("CREATE USER u")]
    [InlineData("CREATE TABLE")]
    [InlineData("CREATE TABLE IF NOT EXISTS")]
    [InlineData("BACKUP SNAPSHOT s TO r")]
    [InlineData("/* USE db */ SELECT 1")]
    [InlineData("DROP TABLE db.t")]
    public void Other_statements_change_nothing(string statement) =>
        Assert.Null(Read(statement));
}
