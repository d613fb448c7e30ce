package org.accesspub.serve;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How the server runs: where it listens, who may use it, how many jobs convert at once, how long finished jobs
 * are kept, and the limits on what one job and one client may send.
 *
 * @param token        the access key every request must carry (via the sign-in page's cookie), or null on loopback
 * @param maxJobBytes  the most one job may upload (all its files and pasted text)
 * @param clientJobs   the most jobs one client may have waiting, running or in preview
 * @param clientBytes  the most bytes those jobs may hold together
 * @param idleTimeout  how long a connection may send nothing before it is closed (a stalled upload)
 * @param debug        print the stack trace of an unexpected failure on the server's error output
 */
public record ServeOptions(String bind, int port, String token, int jobs, Duration keep, Path jobsDir,
                           long maxJobBytes, int clientJobs, long clientBytes, Duration articleTimeout,
                           Duration idleTimeout, boolean debug) {
}
