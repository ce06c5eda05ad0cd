import RehearseStorePostgres
import Testing

@Suite("PostgreSQL addresses")
struct PostgresAddressTests {
  let environment = ["USER": "osuser"]

  @Test func hostPortRoleAndDatabaseAreRead() throws {
    let address = try PostgresAddress(
      "postgres://wang@db.example:6543/training", environment: environment)
    #expect(address.host == "db.example")
    #expect(address.socketFolder == nil)
    #expect(address.port == 6543)
    #expect(address.user == "wang")
    #expect(address.database == "training")
  }

  @Test func defaultsFollowPsql() throws {
    let address = try PostgresAddress("postgresql://", environment: environment)
    #expect(address.host == "localhost")
    #expect(address.port == 5432)
    #expect(address.user == "osuser")
    #expect(address.database == "osuser")
    let pgUser = try PostgresAddress(
      "postgres:///rehearse", environment: ["USER": "osuser", "PGUSER": "li"])
    #expect(pgUser.user == "li")
    #expect(pgUser.database == "rehearse")
  }

  @Test func aSocketFolderIsAHostStartingWithASlash() throws {
    let address = try PostgresAddress(
      "postgres://li@/rehearse?host=/tmp/pg%20sock&port=5499", environment: environment)
    #expect(address.host == nil)
    #expect(address.socketFolder == "/tmp/pg sock")
    #expect(address.port == 5499)
  }

  @Test func aPasswordInTheAddressIsRefused() {
    #expect(throws: PostgresAddress.Problem.passwordInAddress) {
      try PostgresAddress("postgres://li:secret@localhost/rehearse", environment: environment)
    }
  }

  @Test func badAddressesAreRefused() {
    #expect(throws: PostgresAddress.Problem.notPostgres) {
      try PostgresAddress("/var/lib/scores.sqlite", environment: environment)
    }
    #expect(throws: PostgresAddress.Problem.badPort) {
      try PostgresAddress("postgres://li@localhost/x?port=99999", environment: environment)
    }
    #expect(throws: PostgresAddress.Problem.noUser) {
      try PostgresAddress("postgres://localhost/x", environment: [:])
    }
  }
}
