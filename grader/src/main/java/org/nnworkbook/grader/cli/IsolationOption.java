// The --isolation option: auto (the strongest that works here) or one forced choice.
package org.nnworkbook.grader.cli;

import org.nnworkbook.grader.sandbox.Isolation;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

final class IsolationOption implements ITypeConverter<Isolation> {
    static final Isolation AUTO = null;

    @Override
    public Isolation convert(String value) {
        if ("auto".equals(value)) {
            return AUTO;
        }
        try {
            return Isolation.fromId(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
