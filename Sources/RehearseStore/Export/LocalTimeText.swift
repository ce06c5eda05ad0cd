import Foundation
import Glibc

/// Local times as `yyyy-MM-dd HH:mm:ss`, which spreadsheets read as a date, made with the C
/// library rather than a DateFormatter: an export writes one per row, a million rows and more.
enum LocalTimeText {
  /// Appends `date` in local time to `out`.
  static func append(_ date: Date, to out: ExportWriter) throws {
    var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
    var parts = tm()
    localtime_r(&seconds, &parts)
    try digits(Int(parts.tm_year) + 1900, 4, out)
    try out.append(0x2D)
    try digits(Int(parts.tm_mon) + 1, 2, out)
    try out.append(0x2D)
    try digits(Int(parts.tm_mday), 2, out)
    try out.append(0x20)
    try digits(Int(parts.tm_hour), 2, out)
    try out.append(0x3A)
    try digits(Int(parts.tm_min), 2, out)
    try out.append(0x3A)
    try digits(Int(parts.tm_sec), 2, out)
  }

  private static func digits(_ value: Int, _ width: Int, _ out: ExportWriter) throws {
    var divisor = 1
    for _ in 1..<width { divisor *= 10 }
    var rest = value
    while divisor > 0 {
      try out.append(UInt8(0x30 + (rest / divisor) % 10))
      rest %= divisor
      divisor /= 10
    }
  }
}
