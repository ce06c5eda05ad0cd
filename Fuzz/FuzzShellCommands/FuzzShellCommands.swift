import RehearseFuzzTargets

/// libFuzzer's entry point for `FuzzTargets.shellCommands`; built only by scripts/fuzz.sh.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
  FuzzTargets.shellCommands(FuzzInput.bytes(start, count))
  return 0
}
