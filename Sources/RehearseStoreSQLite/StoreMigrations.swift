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
    // Complete attempts (issues 13, 14, 16): what was asked and what the answer met, the run it
    // belonged to, the pack's version and the review card. All nullable, so rows recorded
    // before stay as they were. Lists are JSON arrays of strings.
    migrator.registerMigration("v2 complete attempts") { db in
      try db.alter(table: "attempt") { table in
        table.add(column: "run", .blob)
        table.add(column: "itemTitle", .text)
        table.add(column: "choices", .text)
        table.add(column: "rightAnswer", .text)
        table.add(column: "elementsMet", .text)
        table.add(column: "elementsMissed", .text)
        table.add(column: "forbiddenSaid", .text)
        table.add(column: "responseTimeMs", .integer)
        table.add(column: "packVersion", .text)
        table.add(column: "cardState", .text)
        table.add(column: "cardStability", .double)
        table.add(column: "cardDifficulty", .double)
        table.add(column: "cardDue", .datetime)
      }
      try db.create(index: "attempt_on_run", on: "attempt", columns: ["run"])
    }
    return migrator
  }
}
