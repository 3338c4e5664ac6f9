/*
 * libFuzzer target: the parsers of the user's device options. The input's
 * first byte picks a parser, the rest is option text, split at newlines
 * into several options where a parser takes several:
 *
 *   0  -drive (every line one -drive: keys, then indexes and ids given out)
 *   1  -netdev user's keys (keyval, then the user network's rules)
 *   2  a MAC address      3  a hostfwd rule      4  net=ADDR/MASK
 *   5  keyval alone: parse with an implied key, take keys, list the unused
 *
 * What must hold: no crash, no read past a string (ASan), an error always
 * comes with a message, and what a parser accepted is consistent (a drive
 * has a file and an id, a network's address lies inside its mask, a
 * hostfwd rule's ports are in range).
 *
 * Built and run by scripts/fuzz (clang, -fsanitize=fuzzer,address,undefined):
 *   scripts/fuzz 60 build-fuzz fuzz_options
 */
// fuzz-sources: frontends/system/keyval.c frontends/system/drive_options.c frontends/system/net_options.c
#include <arpa/inet.h>
#include <stdlib.h>
#include <string.h>

#include "frontends/system/drive_options.h"
#include "frontends/system/net_options.h"

static void check(int ok) { if (!ok) abort(); }

static void fuzz_drives(char *text)
{
    static struct system_options o;
    memset(&o, 0, sizeof(o));
    for (char *line = strtok(text, "\n"); line && o.drives.count < SYSTEM_MAX_OPTION_ARGS;
         line = strtok(0, "\n"))
        o.drives.arg[o.drives.count++] = line;
    char err[300] = "";
    struct drive_specs *all = drive_specs_parse(&o, err, sizeof(err));
    if (!all) {
        check(err[0] != 0);
        return;
    }
    check(all->count == o.drives.count);
    for (unsigned i = 0; i < all->count; i++) {
        const struct drive_spec *s = &all->spec[i];
        check(s->image.file && s->image.file[0] && s->id && s->id[0] && s->index >= 0);
        for (unsigned k = 0; k < i; k++)
            check(strcmp(s->id, all->spec[k].id) != 0);
    }
    free(all);
}

static void fuzz_user_network(const char *text)
{
    static struct keyval kv;
    char err[300] = "";
    if (!keyval_parse(&kv, text, "type", err, sizeof(err))) {
        check(err[0] != 0);
        return;
    }
    keyval_take(&kv, "type");
    keyval_take(&kv, "id");
    static struct net_user_options u;
    if (net_user_options_parse(&kv, &u, "-netdev", err, sizeof(err))) {
        check(err[0] != 0);
        return;
    }
    check(u.ipv4 || u.ipv6);
    check((u.host.s_addr & u.mask.s_addr) == u.net.s_addr);
    check((u.dhcp.s_addr & u.mask.s_addr) == u.net.s_addr);
    for (unsigned i = 0; i < u.fwds; i++)
        check(u.fwd[i].guest_port >= 1 && u.fwd[i].guest_port <= 65535 &&
              u.fwd[i].host_port >= 0 && u.fwd[i].host_port <= 65535);
}

static void fuzz_keyval(const char *text)
{
    static struct keyval kv;
    char err[300] = "";
    if (!keyval_parse(&kv, text, "driver", err, sizeof(err))) {
        check(err[0] != 0);
        return;
    }
    check(kv.count <= KEYVAL_MAX_ITEMS);
    unsigned cursor = 0;
    while (keyval_take_next(&kv, "hostfwd", &cursor))
        continue;
    bool on = false, bad = false;
    keyval_take_bool(&kv, "readonly", &on, &bad);
    keyval_take(&kv, "driver");
    const char *unused = keyval_unused(&kv);
    bool listed = !unused;
    for (unsigned i = 0; i < kv.count; i++) {
        check(kv.item[i].key && kv.item[i].value && kv.item[i].key[0]);
        listed |= unused == kv.item[i].key && !kv.item[i].taken;
    }
    check(listed); /* the unused key is one nobody took */
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 4096)
        return 0;
    char *text = malloc(size); /* the rest, NUL-terminated: options are C strings */
    memcpy(text, data + 1, size - 1);
    text[size - 1] = 0;
    struct in_addr net, mask;
    struct net_hostfwd fwd;
    uint8_t mac[6];
    switch (data[0] % 6) {
    case 0: fuzz_drives(text); break;
    case 1: fuzz_user_network(text); break;
    case 2:
        if (net_parse_mac(text, mac))
            check(!(mac[0] & 1) && strlen(text) == 17);
        break;
    case 3:
        if (!net_parse_hostfwd(text, &fwd))
            check(fwd.guest_port >= 1 && fwd.guest_port <= 65535 && fwd.host_port <= 65535);
        break;
    case 4:
        if (net_parse_network(text, &net, &mask))
            check((net.s_addr & ~mask.s_addr) == 0);
        break;
    case 5: fuzz_keyval(text); break;
    }
    free(text);
    return 0;
}
