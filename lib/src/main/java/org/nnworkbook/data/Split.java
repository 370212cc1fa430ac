// A train / validation / test partition of one data set (a record); the shuffling happens in Dataset.split.
package org.nnworkbook.data;

/**
 * Three disjoint parts of one {@link Dataset}, made by {@link Dataset#split}. The validation part may be
 * empty when its fraction is 0.
 *
 * <pre>{@code
 * jshell> var split = Datasets.iris().split(0.6, 0.2, 42).standardized();
 * jshell> split.train().size() + " " + split.validation().size() + " " + split.test().size()
 * $2 ==> "90 30 30"
 * }</pre>
 */
public record Split(Dataset train, Dataset validation, Dataset test) {

    /**
     * The three parts with features standardised by a {@link Standardizer} fitted on {@link #train()} only:
     * the validation and test rows must not leak their statistics into training.
     */
    public Split standardized() {
        Standardizer s = Standardizer.fit(train.x());
        return new Split(train.withX(s.transform(train.x())), validation.withX(s.transform(validation.x())),
                test.withX(s.transform(test.x())));
    }

    /** The standardiser {@link #standardized()} uses, for inputs that arrive later (fitted on the training part). */
    public Standardizer standardizer() {
        return Standardizer.fit(train.x());
    }

    @Override
    public String toString() {
        return "Split: train " + train.size() + ", validation " + validation.size() + ", test " + test.size()
                + " rows of " + train.name();
    }
}
