import Lib

extension Paper {
    /// AsymKV: layer-wise asymmetric KV-cache quantisation down to 1 bit.
    public static let asymKV = Paper(
        title: "AsymKV: Enabling 1-Bit Quantization of KV Cache with Layer-Wise Asymmetric Quantization Configurations",
        authors: ["Tao", "Yu", "Zhou"], venue: "COLING 2025", arXiv: "2410.13212",
        headline: "Keys need more bits than values: quantising values to 1 bit in most layers keeps quality that 1-bit keys destroy.")
}
