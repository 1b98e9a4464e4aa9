package dev.cloudabi.emulator.abi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Recomputes every structure layout of {@link Layouts} from the field lists of {@code cloudabi.txt}
 * with C's natural alignment, for 4- and 8-byte pointers.
 */
class LayoutsReferenceTest {
  @Test
  void everyLayoutMatchesTheReferenceDefinition() throws IOException {
    List<String> lines = reference();
    CloudabiTxt txt = CloudabiTxt.find().orElseThrow();
    for (Layout layout : Layouts.all()) {
      for (int pointer : new int[] {4, 8}) {
        List<String[]> members = members(lines, layout.name());
        int offset = 0;
        int maxAlign = 1;
        List<String> computed = new ArrayList<>();
        for (String[] member : members) {
          String head = member[0];
          List<int[]> parts = new ArrayList<>(); // width per C field
          List<String> names = new ArrayList<>();
          String name = member[member.length - 1];
          if (head.equals("range") || head.equals("crange")) {
            parts.add(new int[] {pointer});
            names.add(name);
            parts.add(new int[] {pointer});
            names.add(name + "_len");
          } else if (head.equals("ptr") || head.equals("cptr") || head.equals("size")) {
            parts.add(new int[] {pointer});
            names.add(name);
          } else if (head.equals("variant")) {
            parts.add(new int[] {pointer});
            names.add("a_val");
          } else {
            int width =
                head.matches("u?int\\d+")
                    ? Integer.parseInt(head.replaceAll("\\D", "")) / 8
                    : txt.width(head).orElseThrow(() -> new AssertionError("type " + head));
            parts.add(new int[] {width});
            names.add(name);
          }
          for (int k = 0; k < parts.size(); k++) {
            int width = parts.get(k)[0];
            offset = (offset + width - 1) / width * width;
            computed.add(names.get(k) + "@" + offset + ":" + width);
            offset += width;
            maxAlign = Math.max(maxAlign, width);
          }
        }
        int size = (offset + maxAlign - 1) / maxAlign * maxAlign;
        List<String> ours = new ArrayList<>();
        for (Layout.Field f : layout.fields()) {
          ours.add(
              f.name()
                  + "@"
                  + (pointer == 8 ? f.offset64() : f.offset32())
                  + ":"
                  + (pointer == 8 ? f.width64() : f.width32()));
        }
        assertThat(ours)
            .as(layout.name() + " with " + pointer + "-byte pointers")
            .isEqualTo(computed);
        assertThat(layout.size(pointer)).as(layout.name() + " size").isEqualTo(size);
      }
    }
  }

  /** The member lines of {@code struct name}: type words and the name. */
  private static List<String[]> members(List<String> lines, String name) {
    List<String[]> result = new ArrayList<>();
    int i = lines.indexOf("struct " + name);
    assertThat(i).as("struct " + name).isNotNegative();
    for (i++; i < lines.size() && (lines.get(i).isEmpty() || lines.get(i).startsWith("\t")); i++) {
      String line = lines.get(i);
      if (line.startsWith("\t") && !line.startsWith("\t\t") && !line.startsWith("\t|")) {
        result.add(line.trim().split("\\s+"));
      }
    }
    return result;
  }

  private static List<String> reference() throws IOException {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path file = dir.resolveSibling("shared").resolve("reference").resolve("cloudabi.txt");
      if (Files.isRegularFile(file)) {
        return Files.readAllLines(file);
      }
    }
    Assumptions.abort("../shared/reference/cloudabi.txt is not present");
    return List.of();
  }
}
