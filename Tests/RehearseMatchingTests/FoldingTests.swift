import RehearseMatching
import Testing

@Suite("Folding") struct FoldingTests {
  let folder = TextFolder()

  @Test func fullWidthAndCompatibilityFormsFoldToPlainForms() {
    #expect(folder.fold("ＡＢＣ１２３").string == "abc123")
    #expect(folder.fold("①号").string == "1号")
    #expect(folder.fold("café").string == "cafe")
    // A compatibility ideograph (U+F9B2, 零) folds to the unified one, then to a digit.
    #expect(folder.fold("\u{F9B2}").string == "0")
  }

  @Test func caseFolds() {
    #expect(folder.fold("VIP客户").string == "vip客户")
  }

  @Test func traditionalFoldsToSimplified() {
    #expect(folder.fold("這不可能是我們的錯").string == "这不可能是我们的错")
    #expect(folder.fold("服務規範").string == "服务规范")
  }

  @Test func chineseNumeralsFoldToDigits() {
    #expect(folder.fold("打幺零零八六").string == "打10086")
    #expect(folder.fold("貳拾").string == "2拾")
    #expect(folder.fold("十点").string == "十点")
  }

  @Test(arguments: [
    " ", "\u{3000}", "\u{00A0}", "\u{2002}", "\u{2009}", "\u{202F}", "\t", "\n",
    "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}",
    "—", "–", "-", "－", "～", "…", "，", "。", "！", "？", "、", "；", "：", "「", "」", "《", "》",
    ",", ".", "!", "*", "#", "★", "😀",
  ])
  func noiseIsSkippedAndOffsetsPointPastIt(noise: String) {
    let folded = folder.fold("这\(noise)不")
    #expect(folded.string == "这不")
    #expect(folded.originalStarts == [0, 2])
    #expect(folded.originalEnds == [1, 3])
    #expect(folded.hasBreak(before: 1))
  }

  @Test func repeatsCollapseIntoOneScalarCoveringTheRun() {
    let folded = folder.fold("不不不可能")
    #expect(folded.string == "不可能")
    #expect(folded.originalStarts == [0, 3, 4])
    #expect(folded.originalEnds == [3, 4, 5])
    #expect(folder.fold("这 这不").string == "这不")
  }

  @Test func digitsNeverCollapse() {
    #expect(folder.fold("10086").string == "10086")
    #expect(folder.fold("一一").string == "11")
  }

  @Test func combiningMarksBelongToTheCharacterBeforeThem() {
    let folded = folder.fold("cafe\u{301}!")
    #expect(folded.string == "cafe")
    #expect(folded.originalEnds.last == 5)
    #expect(folded.originalRange(ofFolded: 0..<4) == 0..<5)
    // After noise, a mark decorates the noise and stays out of every folded scalar.
    let afterSpace = folder.fold("a \u{301}b")
    #expect(afterSpace.string == "ab")
    #expect(afterSpace.originalEnds == [1, 4])
  }

  @Test func astralScalarsCountAsOneScalarEach() {
    let folded = folder.fold("😀这𠀀是𝐀")
    #expect(folded.string == "这𠀀是a")
    #expect(folded.originalStarts == [1, 2, 3, 4])
    #expect(folded.originalRange(ofFolded: 1..<3) == 2..<4)
  }

  @Test func emptyFoldedRangesMapToAPosition() {
    let folded = folder.fold("，这是")
    #expect(folded.originalRange(ofFolded: 0..<0) == 1..<1)
    #expect(folded.originalRange(ofFolded: 2..<2) == 3..<3)
  }

  @Test func eachOptionCanBeTurnedOff() {
    let text = "這 ＡＡ一"
    #expect(TextFolder(options: []).fold(text).string == text)
    #expect(
      TextFolder(options: .all.subtracting(.traditionalToSimplified)).fold(text).string == "這a1")
    #expect(TextFolder(options: .all.subtracting(.compatibility)).fold(text).string == "这ａ1")
    #expect(TextFolder(options: .all.subtracting(.lowercase)).fold(text).string == "这A1")
    #expect(TextFolder(options: .all.subtracting(.numerals)).fold(text).string == "这a一")
    #expect(TextFolder(options: .all.subtracting(.skipNoise)).fold(text).string == "这 a1")
    #expect(TextFolder(options: .all.subtracting(.collapseRepeats)).fold(text).string == "这aa1")
  }

  @Test func singleScalarsFoldAsDocumented() {
    #expect(folder.fold(Unicode.Scalar("，")) == .noise)
    #expect(folder.fold(Unicode.Scalar(0x301)!) == .mark)
    #expect(folder.fold(Unicode.Scalar("們")) == .scalar("们"))
  }
}

@Suite("Folded values without offsets") struct FoldedValuesTests {
  @Test(arguments: [
    "", "这 不 可 能", "這不可能是我們的錯！", "好好好的１０００８６", "e\u{301}\u{301}x", "\u{301}a", "ＡＢＣabc", "😀😀👍🏽",
  ])
  func sameScalarsAsTheFullFold(text: String) {
    for folder in [TextFolder(), TextFolder(options: .all.subtracting(.collapseRepeats))] {
      #expect(
        folder.foldedValues(text) == folder.fold(text).scalars.map(\.value),
        "\(text.debugDescription)")
    }
  }
}
