import RehearseFuzzTargets

/// libFuzzer's entry point for `FuzzTargets.scoring`; built only by scripts/fuzz.sh.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
  FuzzTargets.scoring(FuzzInput.bytes(start, count))
  return 0
}
