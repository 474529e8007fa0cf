// Compiled into every layer library so a layer whose sources are still being written
// remains a valid (possibly empty) static library. Holds no code.
namespace fazhi::build_anchor {}
