// Parses the durations ("30s", "500ms", "2m", "45") and sizes ("512m", "1g") the options take.
package org.nnworkbook.grader.cli;

import java.time.Duration;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

final class Converters {
    private Converters() {
    }

    /** A plain number means seconds. */
    static final class Seconds implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            String text = value.strip().toLowerCase(Locale.ROOT);
            try {
                Duration duration;
                if (text.endsWith("ms")) {
                    duration = Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
                } else if (text.endsWith("s")) {
                    duration = Duration.ofMillis(Math.round(Double.parseDouble(text.substring(0, text.length() - 1)) * 1000));
                } else if (text.endsWith("m")) {
                    duration = Duration.ofMillis(Math.round(Double.parseDouble(text.substring(0, text.length() - 1)) * 60_000));
                } else {
                    duration = Duration.ofMillis(Math.round(Double.parseDouble(text) * 1000));
                }
                if (duration.isNegative() || duration.isZero()) {
                    throw new TypeConversionException("'" + value + "' is not a positive duration");
                }
                return duration;
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is not a duration; write e.g. 30s, 500ms or 2m");
            }
        }
    }

    /** A size in megabytes: "512", "512m" or "1g". */
    static final class Megabytes implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            String text = value.strip().toLowerCase(Locale.ROOT);
            try {
                int megabytes = text.endsWith("g") ? Integer.parseInt(text.substring(0, text.length() - 1)) * 1024
                        : Integer.parseInt(text.endsWith("m") ? text.substring(0, text.length() - 1) : text);
                if (megabytes < 64) {
                    throw new TypeConversionException("'" + value + "' is too little memory for a JVM; use at least 64m");
                }
                return megabytes;
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is not a size; write e.g. 512m or 1g");
            }
        }
    }
}
