import GRDB
import RehearseStore

extension AttemptFilter {
  /// The filter as an SQL `WHERE` clause (empty when it matches everything) with its arguments.
  var sqlCondition: (sql: String, arguments: StatementArguments) {
    var conditions: [String] = []
    var values: [DatabaseValue] = []
    func add(_ condition: String, _ value: DatabaseValue) {
      conditions.append(condition)
      values.append(value)
    }
    if let trainee { add("trainee = ?", StoredText.value(trainee)) }
    if let team { add("team = ?", StoredText.value(team)) }
    if let pack { add("pack = ?", StoredText.value(pack)) }
    if let kind { add("kind = ?", kind.rawValue.databaseValue) }
    if let since { add("answeredAt >= ?", since.databaseValue) }
    if let until { add("answeredAt < ?", until.databaseValue) }
    let sql = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
    return (sql, StatementArguments(values))
  }
}
