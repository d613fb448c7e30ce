package org.accesspub.report;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.accesspub.AccesspubException;

/** The validators of the second jar, found through {@link ServiceLoader}. */
public final class Validators {
    static final String HOW_TO_GET = "--verify needs the validators' jar target/accesspub-verify.jar: run through"
            + " ./accesspub (it builds target/accesspub-verify.jar on first use) or build it with"
            + " mvn -f extras/verify/pom.xml package and put it on the class path";

    private Validators() {
    }

    /** Every validator on the class path. */
    public static List<Validator> available() {
        List<Validator> all = new ArrayList<>();
        try {
            ServiceLoader.load(Validator.class, Validators.class.getClassLoader()).forEach(all::add);
        } catch (java.util.ServiceConfigurationError | LinkageError e) {
            return List.of(); // registered but its libraries are missing: as good as absent
        }
        return all;
    }

    /** The validators, or a one-line usage error (exit 2) saying how to get them. */
    public static List<Validator> required() {
        List<Validator> all = available();
        if (all.isEmpty()) {
            throw AccesspubException.badUsage(HOW_TO_GET);
        }
        return all;
    }
}
