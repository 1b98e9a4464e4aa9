package dev.cloudabi.runner.config;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Reads one YAML document into {@link YamlNode}s from the parser's events, keeping each node's
 * explicit tag (after {@code %TAG} resolution) and its position. Working on events rather than
 * SnakeYAML's composed nodes is what tells a plain scalar from an explicitly tagged one.
 */
public final class YamlDocumentReader {
  /** Configurations may carry large {@code !!binary} values. */
  private static final int MAX_CODE_POINTS = 64 * 1024 * 1024;

  private final String sourceName;

  public YamlDocumentReader(String sourceName) {
    this.sourceName = sourceName;
  }

  /** The document's root node, or an empty plain scalar (null) when the text holds no document. */
  public YamlNode read(Reader text) throws ConfigException {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setAllowDuplicateKeys(true);
    try {
      Iterator<Event> events = eventsOf(new ParserImpl(new StreamReader(text), options));
      return readStream(events);
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      throw new ConfigException(position(mark), "Parse error: " + describe(e));
    } catch (YAMLException e) {
      throw new ConfigException(
          new SourcePosition(sourceName, 1, 1), "Parse error: " + e.getMessage());
    }
  }

  private static Iterator<Event> eventsOf(ParserImpl parser) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return parser.peekEvent() != null;
      }

      @Override
      public Event next() {
        return parser.getEvent();
      }
    };
  }

  private YamlNode readStream(Iterator<Event> events) throws ConfigException {
    YamlNode root = null;
    while (events.hasNext()) {
      Event event = events.next();
      if (event instanceof DocumentStartEvent start) {
        if (root != null) {
          throw new ConfigException(
              position(start.getStartMark()), "A configuration holds one YAML document, not more");
        }
        root = readNode(events.next(), events);
      }
    }
    return root != null
        ? root
        : new YamlNode.Scalar(
            null, "", true, new SourcePosition(sourceName, 1, 1), new SourceSpan(0, 0));
  }

  private YamlNode readNode(Event event, Iterator<Event> events) throws ConfigException {
    SourcePosition at = position(event.getStartMark());
    return switch (event) {
      case ScalarEvent scalar ->
          new YamlNode.Scalar(
              tagOf(scalar.getTag()), scalar.getValue(), scalar.isPlain(), at, span(event, event));
      case SequenceStartEvent start -> {
        List<YamlNode> items = new ArrayList<>();
        Event next;
        for (next = events.next(); !next.is(Event.ID.SequenceEnd); next = events.next()) {
          items.add(readNode(next, events));
        }
        yield new YamlNode.Sequence(tagOf(start.getTag()), items, at, span(start, next));
      }
      case MappingStartEvent start -> {
        List<YamlNode.Entry> entries = new ArrayList<>();
        Event next;
        for (next = events.next(); !next.is(Event.ID.MappingEnd); next = events.next()) {
          YamlNode key = readNode(next, events);
          entries.add(new YamlNode.Entry(key, readNode(events.next(), events)));
        }
        yield new YamlNode.Mapping(tagOf(start.getTag()), entries, at, span(start, next));
      }
      case AliasEvent alias ->
          throw new ConfigException(at, "Aliases are not supported (*" + alias.getAnchor() + ")");
      default -> throw new ConfigException(at, "Unexpected YAML event " + event.getEventId());
    };
  }

  /** The non-specific tag {@code !} means "no tag" for our purposes. */
  private static String tagOf(String tag) {
    return tag == null || tag.equals("!") ? null : tag;
  }

  /**
   * From the first event's start to the last event's end (block collections end at the next token).
   */
  private static SourceSpan span(Event first, Event last) {
    int start = first.getStartMark() == null ? 0 : first.getStartMark().getIndex();
    int end = last.getEndMark() == null ? start : Math.max(start, last.getEndMark().getIndex());
    return new SourceSpan(start, end);
  }

  private SourcePosition position(Mark mark) {
    return mark == null
        ? new SourcePosition(sourceName, 1, 1)
        : new SourcePosition(sourceName, mark.getLine() + 1, mark.getColumn() + 1);
  }

  private static String describe(MarkedYAMLException e) {
    String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
    if (problem == null) {
      return "malformed YAML";
    }
    // Configs copied from articles often lose the '---' after '%TAG'; YAML requires it.
    return problem.startsWith("expected '<document start>'")
        ? problem + " (after directives such as %TAG, a line '---' must start the document)"
        : problem;
  }
}
