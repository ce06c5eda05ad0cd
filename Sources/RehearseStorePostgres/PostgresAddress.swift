import Foundation

/// Where a team server is and who connects to it, read from a `postgres://` address.
///
/// The address names the host (or, with `?host=/dir`, a socket folder), port, role and
/// database. It never carries the password: an address is typed on command lines and kept in
/// shell history, so one with a password is refused, and the password comes from
/// `PGPASSWORD` or the role's line in `~/.pgpass` instead.
public struct PostgresAddress: Sendable, Equatable {
  /// A TCP host name or address; nil when `socketFolder` is used.
  public var host: String?
  /// The folder holding the server's `.s.PGSQL.<port>` socket.
  public var socketFolder: String?
  public var port: Int
  /// The PostgreSQL role the person connects as.
  public var user: String
  public var database: String

  /// Why an address cannot be used.
  public enum Problem: Error, Equatable {
    /// Not a `postgres://` or `postgresql://` address.
    case notPostgres
    /// The address has a password in it.
    case passwordInAddress
    /// No role is named and none can be taken from the environment.
    case noUser
    /// The port is not a number from 1 to 65535.
    case badPort
  }

  /// Whether `text` asks for a PostgreSQL store rather than an SQLite file.
  public static func isPostgres(_ text: String) -> Bool {
    text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
  }

  /// Reads `text`; the role defaults to `PGUSER`, then `USER`, as psql's does.
  public init(_ text: String, environment: [String: String]) throws(Problem) {
    guard Self.isPostgres(text), let parts = URLComponents(string: text) else {
      throw .notPostgres
    }
    if parts.password != nil { throw .passwordInAddress }
    let query = Dictionary(
      (parts.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { $1 })
    let hostText = parts.host.flatMap { $0.isEmpty ? nil : $0 } ?? query["host"]
    if let hostText, hostText.hasPrefix("/") {
      socketFolder = hostText
      host = nil
    } else {
      host = hostText ?? "localhost"
      socketFolder = nil
    }
    if let port = parts.port {
      guard (1...65535).contains(port) else { throw .badPort }
      self.port = port
    } else if let text = query["port"] {
      guard let port = Int(text), (1...65535).contains(port) else { throw .badPort }
      self.port = port
    } else {
      port = 5432
    }
    let named = parts.user.flatMap { $0.isEmpty ? nil : $0 }
    guard
      let user = named ?? query["user"] ?? environment["PGUSER"] ?? environment["USER"],
      !user.isEmpty
    else { throw .noUser }
    self.user = user
    let path = parts.path.hasPrefix("/") ? String(parts.path.dropFirst()) : parts.path
    database = path.isEmpty ? (query["dbname"] ?? user) : path
  }

  /// The address as shown to people: no password is ever in it.
  public var description: String {
    let place = socketFolder.map { "?host=\($0)" } ?? ""
    return "postgres://\(user)@\(host ?? ""):\(port)/\(database)\(place)"
  }
}
