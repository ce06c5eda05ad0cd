import GRDB

/// The schema, as named migrations applied in order; a shipped migration is never edited.
enum StoreMigrations {
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1 attempts") { db in
      try db.create(table: "attempt") { table in
        table.autoIncrementedPrimaryKey("id")
        table.column("uuid", .text).notNull().unique()
        table.column("session", .text).notNull()
        table.column("trainee", .text).notNull().indexed()
        table.column("team", .text).indexed()
        table.column("pack", .text).notNull()
        table.column("item", .text).notNull()
        table.column("kind", .text).notNull()
        table.column("step", .integer)
        table.column("prompt", .text).notNull()
        table.column("answer", .text).notNull()
        table.column("score", .double).notNull()
        table.column("maxScore", .double).notNull()
        table.column("passed", .boolean).notNull()
        table.column("feedback", .text).notNull()
        table.column("answeredAt", .datetime).notNull().indexed()
      }
    }
    return migrator
  }
}
