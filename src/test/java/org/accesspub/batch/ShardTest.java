package org.accesspub.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.accesspub.AccesspubException;
import org.junit.jupiter.api.Test;

class ShardTest {
    @Test
    void theHashIsFixedSoEveryMachineAndEveryReleaseSplitsAlike() {
        // computed apart (Python hashlib): the first 8 bytes of SHA-256 of the UTF-8 id, unsigned, modulo N.
        // Changing the rule would move articles between the shards of an archive half converted.
        assertThat(Shard.of("article-00000", 4)).isEqualTo(3);
        assertThat(Shard.of("article-00001", 4)).isEqualTo(0);
        assertThat(Shard.of("article-00002", 4)).isEqualTo(2);
        assertThat(Shard.of("article-00002", 50)).isEqualTo(48);
        assertThat(Shard.of("2019-0001", 50)).isEqualTo(40);
        assertThat(Shard.of("新闻-1", 4)).isEqualTo(1);
        assertThat(Shard.of("新闻-1", 50)).isEqualTo(17).isEqualTo(pinned("新闻-1", 50));
    }

    /** The rule written out: the first 8 bytes of SHA-256 as an unsigned number, modulo N. */
    private static int pinned(String id, int n) {
        byte[] d = Shard.sha256(id.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new java.math.BigInteger(1, java.util.Arrays.copyOf(d, 8)).mod(java.math.BigInteger.valueOf(n)).intValue();
    }

    @Test
    void shardsAreDisjointCoverEveryIdAndAreEvenlyFilled() {
        int n = 4;
        int[] sizes = new int[n];
        for (int i = 0; i < 10_000; i++) {
            String id = "id-" + i;
            int owners = 0;
            for (int k = 0; k < n; k++) {
                if (new Shard(k, n).contains(id)) {
                    owners++;
                    sizes[k]++;
                }
            }
            assertThat(owners).isEqualTo(1);
        }
        assertThat(IntStream.of(sizes).boxed().toList()).allSatisfy(s -> assertThat(s).isBetween(2300, 2700));
    }

    @Test
    void aShardIsKOfNCountedFromZero() {
        assertThat(Shard.parse(" 3/4 ")).isEqualTo(new Shard(3, 4));
        assertThat(Shard.parse("0/1")).isEqualTo(Shard.ALL);
        for (String bad : new String[] {"4/4", "-1/4", "1/0", "1", "a/b", "1/2/3", ""}) {
            assertThatThrownBy(() -> Shard.parse(bad)).as(bad)
                    .isInstanceOfSatisfying(AccesspubException.class, e -> assertThat(e.exitCode()).isEqualTo(2));
        }
    }
}
