package dev.cloudabi.app.demangle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ItaniumDemanglerTest {
  private final ItaniumDemangler demangler = new ItaniumDemangler();

  // Expected values are c++filt's output (binutils).
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "_Z3foov|foo()",
        "_Z3addii|add(int, int)",
        "_ZN4llvm5APInt12tcExtractBitEPKmj|llvm::APInt::tcExtractBit(unsigned long const*, unsigned int)",
        "_ZNSt6vectorIiSaIiEE9push_backERKi|std::vector<int, std::allocator<int> >::push_back(int const&)",
        "_ZN3foo3barC2Ev|foo::bar::bar()",
        "_ZN3fooD1Ev|foo::~foo()",
        "_ZplRK1AS1_|operator+(A const&, A const&)",
        "_Z3maxIiET_S0_S0_|int max<int>(int, int)",
        "_ZNK4llvm5Value7getNameEv|llvm::Value::getName() const",
        "_ZN4llvm3sys2fs6detail18directory_iterator9incrementEv|llvm::sys::fs::detail::directory_iterator::increment()",
        "_Z5printPKcz|print(char const*, ...)"
      })
  void demanglesCommonItaniumNamesLikeCxxFilt(String mangled, String expected) {
    assertThat(demangler.demangle(mangled)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"program_main", "cloudabi_sys_fd_write", "_start", "", "_Z", "_ZQQQ"})
  void leavesCNamesAndUnsupportedManglingsAlone(String name) {
    assertThat(demangler.demangle(name)).isEmpty();
  }
}
