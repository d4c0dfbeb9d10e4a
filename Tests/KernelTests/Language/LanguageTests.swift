import Testing

/// The cell-language suites run one at a time: the interrupt flag they exercise is process-wide.
@Suite(.serialized) struct LanguageTests {}
