package dev.cloudabi.argdata;

/**
 * An immutable Argdata value: one of the ten types of the format. Values compare by content; maps
 * and sequences keep their order, floats compare by bit pattern.
 */
public sealed interface ArgdataValue
    permits NullValue,
        BinaryValue,
        BoolValue,
        FdValue,
        FloatValue,
        IntValue,
        MapValue,
        SeqValue,
        StrValue,
        TimestampValue {

  ArgdataType type();
}
