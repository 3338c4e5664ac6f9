/*
 * -serial / -monitor / -mon as QEMU takes them (frontends/system/
 * legacy_chardev.c, consoles.c): each legacy spelling becomes the -chardev
 * it stands for, bad ones are one line, and the defaults follow QEMU's
 * rules for -nographic (mon:stdio when neither -serial nor a monitor is
 * given, else stdio for whichever is missing).
 */
#include <check.h>
#include <stdio.h>
#include <string.h>

#include "frontends/system/legacy_chardev.h"
#include "frontends/system/options.h"
#include "tests/unit/harness.h"

static struct legacy_chardev l;
static char err[600];

static bool parse(const char *spec) { return legacy_chardev_parse(spec, "serial0", true, &l, err, sizeof(err)); }

START_TEST(each_spelling_becomes_its_chardev)
{
    static const struct { const char *spec, *chardev; } rows[] = {
        {"stdio", "stdio,id=serial0"},
        {"null", "null,id=serial0"},
        {"pty", "pty,id=serial0"},
        {"file:/tmp/a,b", "file,id=serial0,path=/tmp/a,,b"}, /* file: takes the path literally */
        {"pipe:/tmp/p", "pipe,id=serial0,path=/tmp/p"},
        {"unix:/tmp/s,server=on,wait=off", "socket,id=serial0,path=/tmp/s,server=on,wait=off"},
        {"tcp::4444,server=on,wait=off", "socket,id=serial0,host=,port=4444,server=on,wait=off"},
        {"tcp:localhost:5555", "socket,id=serial0,host=localhost,port=5555"},
        {"mon:stdio", "stdio,id=serial0,mux=on"},
        {"mon:unix:/tmp/m,server=on", "socket,id=serial0,path=/tmp/m,server=on,mux=on"},
    };
    for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
        ck_assert_msg(parse(rows[i].spec), "%s: %s", rows[i].spec, err);
        ck_assert_int_eq(l.kind, LEGACY_NEW);
        ck_assert_str_eq(l.chardev, rows[i].chardev);
        ck_assert_str_eq(l.id, "serial0");
        ck_assert(l.monitor == (strncmp(rows[i].spec, "mon:", 4) == 0));
    }
}
END_TEST

START_TEST(none_and_chardev_make_nothing_new)
{
    ck_assert(parse("none"));
    ck_assert_int_eq(l.kind, LEGACY_NONE);
    ck_assert(parse("chardev:c0"));
    ck_assert_int_eq(l.kind, LEGACY_EXISTING);
    ck_assert_str_eq(l.id, "c0");
}
END_TEST

START_TEST(bad_spellings_are_one_reason)
{
    static const struct { const char *spec, *why; } rows[] = {
        {"bogus", "'bogus' is not a valid char driver (ferry takes stdio, mon:stdio"},
        {"vc", "'vc' is not a valid char driver"},
        {"file:", "file: a path is needed"},
        {"pipe:", "pipe: a path is needed"},
        {"unix:", "unix: a socket path is needed"},
        {"tcp:4444", "tcp: takes [HOST]:PORT"},
        {"tcp:host:", "tcp: takes [HOST]:PORT"},
        {"chardev:", "a -chardev id is needed"},
        {"mon:none", "'mon:none' cannot carry a monitor"},
        {"mon:chardev:c0", "'mon:chardev:c0' cannot carry a monitor"},
    };
    for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
        ck_assert_msg(!parse(rows[i].spec), "%s accepted", rows[i].spec);
        ck_assert_msg(strstr(err, rows[i].why), "%s: '%s'", rows[i].spec, err);
        ck_assert_ptr_null(strchr(err, '\n'));
    }
    ck_assert(!legacy_chardev_parse("mon:stdio", "compat_monitor0", false, &l, err, sizeof(err)));
    ck_assert_str_eq(err, "mon: isn't supported in this context");
}
END_TEST

/* ---- the whole command line: which chardevs, serial ports and monitors ---- */

static struct system_options o;
static char out_text[4096], err_text[4096];

static enum system_options_result run(const char *const *args)
{
    char *argv[32] = {"ferry"};
    int argc = 1;
    while (args[argc - 1])
        argv[argc] = (char *)args[argc - 1], argc++;
    system_options_free(&o); /* the last run's */
    FILE *out = fmemopen(out_text, sizeof(out_text), "w");
    FILE *err_file = fmemopen(err_text, sizeof(err_text), "w");
    enum system_options_result r = system_options_parse(argc, argv, &o, out, err_file);
    fclose(out);
    fclose(err_file);
    return r;
}

static void free_options(void) { system_options_free(&o); }

#define RUN(...) run((const char *const[]){__VA_ARGS__, 0})

START_TEST(no_console_options_mean_mon_stdio)
{
    ck_assert_int_eq(RUN("-nographic"), SYSTEM_OPTIONS_RUN);
    ck_assert_uint_eq(o.chardevs.count, 1);
    ck_assert_str_eq(o.chardevs.arg[0], "stdio,id=serial0,mux=on");
    ck_assert_uint_eq(o.serials.count, 1);
    ck_assert_str_eq(o.serials.arg[0], "serial0");
    ck_assert_uint_eq(o.monitors.count, 1);
    ck_assert_str_eq(o.monitors.arg[0], "serial0");
    ck_assert_int_eq(RUN("-m", "512"), SYSTEM_OPTIONS_RUN); /* no window in ferry: the same */
    ck_assert_str_eq(o.chardevs.arg[0], "stdio,id=serial0,mux=on");
}
END_TEST

START_TEST(nographic_puts_the_missing_one_on_stdio)
{
    ck_assert_int_eq(RUN("-nographic", "-serial", "file:/tmp/f"), SYSTEM_OPTIONS_RUN);
    ck_assert_uint_eq(o.chardevs.count, 2);
    ck_assert_str_eq(o.chardevs.arg[0], "file,id=serial0,path=/tmp/f");
    ck_assert_str_eq(o.chardevs.arg[1], "stdio,id=compat_monitor0");
    ck_assert_str_eq(o.monitors.arg[0], "compat_monitor0");
    ck_assert_int_eq(RUN("-nographic", "-monitor", "none"), SYSTEM_OPTIONS_RUN);
    ck_assert_uint_eq(o.chardevs.count, 1);
    ck_assert_str_eq(o.chardevs.arg[0], "stdio,id=serial0");
    ck_assert_uint_eq(o.monitors.count, 0);
    /* QEMU refuses this pair when the board is built (stdio twice): so does ferry */
    ck_assert_int_eq(RUN("-nographic", "-serial", "stdio"), SYSTEM_OPTIONS_RUN);
    ck_assert_uint_eq(o.chardevs.count, 2);
}
END_TEST

START_TEST(serial_chardev_and_mon_name_existing_chardevs)
{
    ck_assert_int_eq(RUN("-chardev", "stdio,mux=on,id=c0", "-serial", "chardev:c0", "-mon",
                         "chardev=c0,mode=readline"), SYSTEM_OPTIONS_RUN);
    ck_assert_uint_eq(o.chardevs.count, 1);
    ck_assert_str_eq(o.serials.arg[0], "c0");
    ck_assert_str_eq(o.monitors.arg[0], "c0");
    ck_assert_int_eq(RUN("-serial", "none", "-monitor", "none"), SYSTEM_OPTIONS_RUN);
    ck_assert_uint_eq(o.chardevs.count, 0);
    ck_assert_uint_eq(o.serials.count, 1);
    ck_assert_ptr_null(o.serials.arg[0]);
    ck_assert_int_eq(RUN("-nodefaults"), SYSTEM_OPTIONS_RUN); /* ferry keeps the serial port */
    ck_assert_str_eq(o.chardevs.arg[0], "stdio,id=serial0");
    ck_assert_uint_eq(o.monitors.count, 0);
}
END_TEST

START_TEST(bad_console_options_are_one_line)
{
    static const struct { const char *opt, *arg, *line; } rows[] = {
        {"-serial", "bogus", "ferry: -serial bogus: 'bogus' is not a valid char driver"},
        {"-serial", "file:", "ferry: -serial file:: file: a path is needed\n"},
        {"-monitor", "mon:stdio", "ferry: -monitor mon:stdio: mon: isn't supported in this context\n"},
        {"-mon", "mode=readline", "ferry: -mon mode=readline: a chardev= is needed\n"},
        {"-mon", "c0,mode=control", "ferry: -mon c0,mode=control: mode=control (QMP) is not in ferry yet"},
        {"-mon", "c0,colour=red", "ferry: -mon c0,colour=red: no property 'colour'"},
    };
    for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
        ck_assert_int_eq(RUN(rows[i].opt, rows[i].arg), SYSTEM_OPTIONS_ERROR);
        ck_assert_msg(strncmp(err_text, rows[i].line, strlen(rows[i].line)) == 0, "%s %s: %s",
                      rows[i].opt, rows[i].arg, err_text);
        ck_assert_ptr_eq(strchr(err_text, '\n'), err_text + strlen(err_text) - 1);
    }
    ck_assert_int_eq(RUN("-serial", "null", "-serial", "null", "-serial", "null", "-serial",
                         "null", "-serial", "null"), SYSTEM_OPTIONS_ERROR);
    ck_assert_ptr_nonnull(strstr(err_text, "too many serial ports (at most 4)"));
}
END_TEST

static Suite *legacy_suite(void)
{
    Suite *s = suite_create("legacy_chardev");
    TCase *tc = tcase_create("spellings");
    tcase_add_test(tc, each_spelling_becomes_its_chardev);
    tcase_add_test(tc, none_and_chardev_make_nothing_new);
    tcase_add_test(tc, bad_spellings_are_one_reason);
    suite_add_tcase(s, tc);
    tc = tcase_create("command line");
    tcase_add_test(tc, no_console_options_mean_mon_stdio);
    tcase_add_test(tc, nographic_puts_the_missing_one_on_stdio);
    tcase_add_test(tc, serial_chardev_and_mon_name_existing_chardevs);
    tcase_add_test(tc, bad_console_options_are_one_line);
    tcase_add_checked_fixture(tc, 0, free_options);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) { return harness_run_suite(legacy_suite()); }
