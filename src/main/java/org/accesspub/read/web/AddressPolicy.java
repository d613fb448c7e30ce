package org.accesspub.read.web;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import org.accesspub.AccesspubException;

/**
 * Which web addresses accesspub may fetch: the one place that decides it, for the page and for each of its
 * images and redirects. Only {@code http} and {@code https}, with a host and no user name or password in
 * the address. {@link #PRIVATE_REFUSED} (for a server that fetches on behalf of others) also refuses
 * loopback, private, link-local, unique-local, multicast and unspecified addresses, and names that resolve
 * to any of them; {@link #ANY} (the command line: the user's own machine is trusted) allows them.
 */
public final class AddressPolicy {
    /** The command line's policy: any http(s) host. */
    public static final AddressPolicy ANY = new AddressPolicy(true);
    /** A server's policy unless started with {@code --allow-private-addresses}. */
    public static final AddressPolicy PRIVATE_REFUSED = new AddressPolicy(false);

    private final boolean allowPrivate;

    private AddressPolicy(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** Whether the text is meant as a web address (so that a command line tells it from a file name). */
    public static boolean isWebAddress(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return t.startsWith("http://") || t.startsWith("https://");
    }

    /** Parses and checks an address; anything refused is a one-line error (exit code 3). */
    public URI check(String address) {
        URI uri;
        try {
            uri = new URI(address.strip());
        } catch (java.net.URISyntaxException e) {
            throw AccesspubException.badInput("cannot read " + address + ": it is not a valid web address ("
                    + e.getReason() + ")");
        }
        return check(uri);
    }

    public URI check(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw AccesspubException.badInput("cannot read " + uri + ": only http:// and https:// addresses are fetched");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw AccesspubException.badInput("cannot read " + uri + ": the address has no host name");
        }
        if (uri.getRawUserInfo() != null) {
            throw AccesspubException.badInput("cannot read " + uri + ": an address with a user name or password is"
                    + " not fetched");
        }
        if (!allowPrivate) {
            for (InetAddress a : resolve(uri)) {
                if (isPrivate(a)) {
                    throw AccesspubException.badInput("cannot read " + uri + ": " + uri.getHost()
                            + " is a local or private address (" + a.getHostAddress() + "), which this server does not"
                            + " fetch");
                }
            }
        }
        return uri;
    }

    private static InetAddress[] resolve(URI uri) {
        try {
            return InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw AccesspubException.badInput("cannot read " + uri + ": no such host " + uri.getHost()
                    + " (check the address and the network)");
        }
    }

    /** Loopback, private (10/8, 172.16/12, 192.168/16, 100.64/10, fc00::/7), link-local, multicast or unspecified. */
    static boolean isPrivate(InetAddress a) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xFF;
            int second = b[1] & 0xFF;
            return first == 0 || first == 100 && second >= 64 && second < 128 || first == 169 && second == 254
                    || first == 192 && second == 0 && (b[2] & 0xFF) == 0 || first >= 240;
        }
        if (a instanceof Inet6Address) {
            int first = b[0] & 0xFF;
            if ((first & 0xFE) == 0xFC) {
                return true; // unique local
            }
            boolean mapped = true; // ::ffff:a.b.c.d
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            if (mapped && (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF) {
                try {
                    return isPrivate(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
        }
        return false;
    }
}
