import RehearseFuzzTargets

/// libFuzzer's entry point for `FuzzTargets.matching`; built only by scripts/fuzz.sh.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
  FuzzTargets.matching(FuzzInput.bytes(start, count))
  return 0
}
