#!/usr/bin/env python3
"""Build snippets_dev3.jsonl: a labelled corpus of short code snippets for
measuring an insecure-code scanner.

Each row is one snippet in one of ten languages (c, cpp, bash, sql, typescript,
kotlin, php, python, java, go), labelled "insecure" (exactly one real weakness,
with its CWE id and the 1-based line of the vulnerable line) or "safe" (either
the fixed twin of an insecure snippet, linked through "pair", or a look-alike
that merely resembles dangerous code but is fine).

Every snippet was written from scratch for this file by Claude (an AI assistant
made by Anthropic), working from general security knowledge (the CWE catalogue);
nothing was copied from public benchmarks or other corpora.

Licence: CC0-1.0 (public domain dedication). No rights reserved.

Usage: python3 build_snippets_dev3.py
Writes snippets_dev3.jsonl next to this script. Standard library only.
"""

import corpus

ROWS = []  # (lang, label, cwe, needle, code, key, twin_key)
LANGS = ["c", "cpp", "bash", "sql", "typescript", "kotlin", "php", "python", "java", "go"]


def _clean(code, lang):
    code = code.strip("\n")
    lines = [ln.rstrip() for ln in code.split("\n")]
    if lang == "go":
        # gofmt style: indent with tabs
        out = []
        for ln in lines:
            n = len(ln) - len(ln.lstrip(" "))
            out.append("\t" * (n // 4) + " " * (n % 4) + ln.lstrip(" "))
        lines = out
    return "\n".join(lines) + "\n"


def bad(lang, key, cwe, needle, code):
    """Insecure snippet. needle: text on the vulnerable line (must be unique),
    or (text, k) to pick the k-th (0-based) line containing text."""
    ROWS.append((lang, "insecure", cwe, needle, _clean(code, lang), key, None))


def good(lang, code, twin=None):
    """Safe snippet; twin is the key of the insecure snippet it fixes."""
    ROWS.append((lang, "safe", None, None, _clean(code, lang), None, twin))


# ---------------------------------------------------------------------------
# C
# ---------------------------------------------------------------------------

bad(
    "c",
    "c-offbyone",
    "CWE-193",
    "i <= n",
    r"""
#include <stddef.h>

#define MAX_SAMPLES 32

/* Copy up to MAX_SAMPLES readings into the history buffer. */
void store_samples(int history[MAX_SAMPLES], const int *readings, size_t n)
{
    if (n > MAX_SAMPLES)
        n = MAX_SAMPLES;
    for (size_t i = 0; i <= n; i++) {
        history[i] = readings[i];
    }
}
""",
)
good(
    "c",
    r"""
#include <stddef.h>

#define MAX_SAMPLES 32

/* Copy up to MAX_SAMPLES readings into the history buffer. */
void store_samples(int history[MAX_SAMPLES], const int *readings, size_t n)
{
    if (n > MAX_SAMPLES)
        n = MAX_SAMPLES;
    for (size_t i = 0; i < n; i++) {
        history[i] = readings[i];
    }
}
""",
    twin="c-offbyone",
)

bad(
    "c",
    "c-strncpy",
    "CWE-170",
    "strncpy(",
    r"""
#include <stdio.h>
#include <string.h>

struct user {
    char name[32];
    int  uid;
};

void set_user_name(struct user *u, const char *name)
{
    strncpy(u->name, name, sizeof(u->name));
}

void print_user(const struct user *u)
{
    printf("%s (%d)\n", u->name, u->uid);
}
""",
)
good(
    "c",
    r"""
#include <stdio.h>
#include <string.h>

struct user {
    char name[32];
    int  uid;
};

void set_user_name(struct user *u, const char *name)
{
    strncpy(u->name, name, sizeof(u->name) - 1);
    u->name[sizeof(u->name) - 1] = '\0';
}

void print_user(const struct user *u)
{
    printf("%s (%d)\n", u->name, u->uid);
}
""",
    twin="c-strncpy",
)

bad(
    "c",
    "c-strcat",
    "CWE-120",
    "strcat(",
    r"""
#include <stdio.h>
#include <string.h>

#define LINE_MAX_LEN 80

void print_banner(const char *username)
{
    char line[LINE_MAX_LEN] = "Logged in as: ";

    strcat(line, username);
    puts(line);
}
""",
)

bad(
    "c",
    "c-snprintf-off",
    "CWE-787",
    "off += snprintf",
    r"""
#include <stdio.h>
#include <stddef.h>

/* Render key=value pairs as a query string, e.g. "a=1&b=2". */
size_t build_query(char *out, size_t cap,
                   const char **keys, const char **vals, int count)
{
    size_t off = 0;

    for (int i = 0; i < count; i++) {
        off += snprintf(out + off, cap - off, "%s%s=%s",
                        i ? "&" : "", keys[i], vals[i]);
    }
    return off;
}
""",
)
good(
    "c",
    r"""
#include <stdio.h>
#include <stddef.h>

/* Render key=value pairs as a query string, e.g. "a=1&b=2".
   Returns the length written, or -1 if it does not fit. */
long build_query(char *out, size_t cap,
                 const char **keys, const char **vals, int count)
{
    size_t off = 0;

    if (cap == 0)
        return -1;
    out[0] = '\0';
    for (int i = 0; i < count; i++) {
        int n = snprintf(out + off, cap - off, "%s%s=%s",
                         i ? "&" : "", keys[i], vals[i]);
        if (n < 0 || (size_t)n >= cap - off)
            return -1;
        off += (size_t)n;
    }
    return (long)off;
}
""",
    twin="c-snprintf-off",
)

bad(
    "c",
    "c-alloca",
    "CWE-789",
    "alloca(len)",
    r"""
#include <alloca.h>
#include <stdint.h>
#include <unistd.h>

int process_body(const char *body, size_t len);

int read_message(int fd)
{
    uint32_t len;

    if (read(fd, &len, sizeof len) != sizeof len)
        return -1;

    char *body = alloca(len);
    if (read(fd, body, len) != (ssize_t)len)
        return -1;
    return process_body(body, len);
}
""",
)
good(
    "c",
    r"""
#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>

#define MAX_MSG (64 * 1024)

int process_body(const char *body, size_t len);

int read_message(int fd)
{
    uint32_t len;
    int rc = -1;

    if (read(fd, &len, sizeof len) != sizeof len)
        return -1;
    if (len == 0 || len > MAX_MSG)
        return -1;

    char *body = malloc(len);
    if (body == NULL)
        return -1;
    if (read(fd, body, len) == (ssize_t)len)
        rc = process_body(body, len);
    free(body);
    return rc;
}
""",
    twin="c-alloca",
)

bad(
    "c",
    "c-signed-len",
    "CWE-195",
    "memcpy(",
    r"""
#include <string.h>

#define NAME_CAP 64

struct packet {
    int         name_len;   /* taken from the wire */
    const char *name;
};

int copy_name(char dst[NAME_CAP], const struct packet *p)
{
    if (p->name_len > NAME_CAP)
        return -1;
    memcpy(dst, p->name, p->name_len);
    return 0;
}
""",
)
good(
    "c",
    r"""
#include <string.h>

#define NAME_CAP 64

struct packet {
    int         name_len;   /* taken from the wire */
    const char *name;
};

int copy_name(char dst[NAME_CAP], const struct packet *p)
{
    if (p->name_len < 0 || p->name_len > NAME_CAP)
        return -1;
    memcpy(dst, p->name, (size_t)p->name_len);
    return 0;
}
""",
    twin="c-signed-len",
)

bad(
    "c",
    "c-mul-overflow",
    "CWE-190",
    "malloc(width * height * 4)",
    r"""
#include <stdlib.h>
#include <string.h>

/* Allocate a white RGBA canvas of the requested size. */
unsigned char *alloc_image(int width, int height)
{
    if (width <= 0 || height <= 0)
        return NULL;

    unsigned char *pixels = malloc(width * height * 4);
    if (pixels == NULL)
        return NULL;
    for (int y = 0; y < height; y++)
        memset(pixels + (size_t)y * width * 4, 0xff, (size_t)width * 4);
    return pixels;
}
""",
)
good(
    "c",
    r"""
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Allocate a white RGBA canvas of the requested size. */
unsigned char *alloc_image(int width, int height)
{
    if (width <= 0 || height <= 0)
        return NULL;
    if ((size_t)width > SIZE_MAX / 4 / (size_t)height)
        return NULL;

    size_t row = (size_t)width * 4;
    unsigned char *pixels = malloc(row * (size_t)height);
    if (pixels == NULL)
        return NULL;
    for (int y = 0; y < height; y++)
        memset(pixels + (size_t)y * row, 0xff, row);
    return pixels;
}
""",
    twin="c-mul-overflow",
)

bad(
    "c",
    "c-add-wrap",
    "CWE-190",
    "if (off + n > b->cap)",
    r"""
#include <stddef.h>
#include <string.h>

struct buf {
    unsigned char *data;
    size_t len;
    size_t cap;
};

/* Write n bytes at offset off (both come from the request header). */
int buf_write_at(struct buf *b, size_t off, const void *src, size_t n)
{
    if (off + n > b->cap)
        return -1;
    memcpy(b->data + off, src, n);
    if (off + n > b->len)
        b->len = off + n;
    return 0;
}
""",
)
good(
    "c",
    r"""
#include <stddef.h>
#include <string.h>

struct buf {
    unsigned char *data;
    size_t len;
    size_t cap;
};

/* Write n bytes at offset off (both come from the request header). */
int buf_write_at(struct buf *b, size_t off, const void *src, size_t n)
{
    if (off > b->cap || n > b->cap - off)
        return -1;
    memcpy(b->data + off, src, n);
    if (off + n > b->len)
        b->len = off + n;
    return 0;
}
""",
    twin="c-add-wrap",
)

bad(
    "c",
    "c-double-free",
    "CWE-415",
    ("free(text);", 0),
    r"""
#include <stdio.h>
#include <stdlib.h>

struct config;
char *read_all(FILE *fp);
int parse_config(const char *text, struct config *cfg);

int load_config(const char *path, struct config *cfg)
{
    int rc = -1;
    char *text = NULL;
    FILE *fp = fopen(path, "r");
    if (fp == NULL)
        return -1;

    text = read_all(fp);
    if (text == NULL)
        goto cleanup;

    if (parse_config(text, cfg) != 0) {
        fprintf(stderr, "%s: parse error\n", path);
        free(text);
        goto cleanup;
    }
    rc = 0;

cleanup:
    free(text);
    fclose(fp);
    return rc;
}
""",
)
good(
    "c",
    r"""
#include <stdio.h>
#include <stdlib.h>

struct config;
char *read_all(FILE *fp);
int parse_config(const char *text, struct config *cfg);

int load_config(const char *path, struct config *cfg)
{
    int rc = -1;
    char *text = NULL;
    FILE *fp = fopen(path, "r");
    if (fp == NULL)
        return -1;

    text = read_all(fp);
    if (text == NULL)
        goto cleanup;

    if (parse_config(text, cfg) != 0) {
        fprintf(stderr, "%s: parse error\n", path);
        goto cleanup;
    }
    rc = 0;

cleanup:
    free(text);
    fclose(fp);
    return rc;
}
""",
    twin="c-double-free",
)

bad(
    "c",
    "c-malloc-null",
    "CWE-690",
    "memcpy(out, s, a);",
    r"""
#include <stdlib.h>
#include <string.h>

/* Return a newly allocated copy of s with suffix appended. */
char *dup_with_suffix(const char *s, const char *suffix)
{
    size_t a = strlen(s);
    size_t b = strlen(suffix);
    char *out = malloc(a + b + 1);
    memcpy(out, s, a);
    memcpy(out + a, suffix, b + 1);
    return out;
}
""",
)
good(
    "c",
    r"""
#include <stdlib.h>
#include <string.h>

/* Return a newly allocated copy of s with suffix appended, or NULL. */
char *dup_with_suffix(const char *s, const char *suffix)
{
    size_t a = strlen(s);
    size_t b = strlen(suffix);
    char *out = malloc(a + b + 1);
    if (out == NULL)
        return NULL;
    memcpy(out, s, a);
    memcpy(out + a, suffix, b + 1);
    return out;
}
""",
    twin="c-malloc-null",
)

bad(
    "c",
    "c-toctou",
    "CWE-367",
    "access(path, W_OK)",
    r"""
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

/* Installed setuid root: lets users append notes to files they may write. */
int append_note(const char *path, const char *note)
{
    if (access(path, W_OK) != 0) {
        perror("access");
        return -1;
    }
    int fd = open(path, O_WRONLY | O_APPEND);
    if (fd < 0)
        return -1;
    dprintf(fd, "%s\n", note);
    close(fd);
    return 0;
}
""",
)
good(
    "c",
    r"""
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

/* Installed setuid root: lets users append notes to files they may write.
   The open happens with the caller's identity, so the kernel does the check. */
int append_note(const char *path, const char *note)
{
    uid_t saved = geteuid();
    if (seteuid(getuid()) != 0)
        return -1;
    int fd = open(path, O_WRONLY | O_APPEND | O_NOFOLLOW);
    if (seteuid(saved) != 0) {
        if (fd >= 0)
            close(fd);
        return -1;
    }
    if (fd < 0) {
        perror("open");
        return -1;
    }
    dprintf(fd, "%s\n", note);
    close(fd);
    return 0;
}
""",
    twin="c-toctou",
)

bad(
    "c",
    "c-tmpnam",
    "CWE-377",
    "tmpnam(name)",
    r"""
#include <stdio.h>

/* Write the report to a temporary file and hand its name back. */
int export_report(const char *report_text, char *out_path, size_t cap)
{
    char name[L_tmpnam];

    if (tmpnam(name) == NULL)
        return -1;
    FILE *fp = fopen(name, "w");
    if (fp == NULL)
        return -1;
    fputs(report_text, fp);
    fclose(fp);
    snprintf(out_path, cap, "%s", name);
    return 0;
}
""",
)

bad(
    "c",
    "c-fprintf-fmt",
    "CWE-134",
    "fprintf(g_log, request_line);",
    r"""
#include <stdio.h>

static FILE *g_log;

void log_request(const char *client_ip, const char *request_line)
{
    if (g_log == NULL)
        g_log = stderr;
    fprintf(g_log, "[%s] ", client_ip);
    fprintf(g_log, request_line);
    fputc('\n', g_log);
    fflush(g_log);
}
""",
)

bad(
    "c",
    "c-syslog-fmt",
    "CWE-134",
    "syslog(LOG_WARNING, msg)",
    r"""
#include <stdio.h>
#include <syslog.h>

void report_login_failure(const char *user, const char *reason)
{
    char msg[256];

    snprintf(msg, sizeof msg, "login failed for %s: %s", user, reason);
    openlog("authd", LOG_PID, LOG_AUTH);
    syslog(LOG_WARNING, msg);
    closelog();
}
""",
)

bad(
    "c",
    "c-system",
    "CWE-78",
    "return system(cmd);",
    r"""
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Create a 128x128 thumbnail for an uploaded image. */
int make_thumbnail(const char *upload_name)
{
    char cmd[512];

    if (strchr(upload_name, '/') != NULL)
        return -1;
    snprintf(cmd, sizeof cmd,
             "convert 'uploads/%s' -resize 128x128 'thumbs/%s'",
             upload_name, upload_name);
    return system(cmd);
}
""",
)
good(
    "c",
    r"""
#include <stdio.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

/* Create a 128x128 thumbnail for an uploaded image. */
int make_thumbnail(const char *upload_name)
{
    char src[512], dst[512];

    if (strchr(upload_name, '/') != NULL)
        return -1;
    if (snprintf(src, sizeof src, "uploads/%s", upload_name) >= (int)sizeof src ||
        snprintf(dst, sizeof dst, "thumbs/%s", upload_name) >= (int)sizeof dst)
        return -1;

    pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        execlp("convert", "convert", src, "-resize", "128x128", dst, (char *)NULL);
        _exit(127);
    }
    int status;
    if (waitpid(pid, &status, 0) < 0)
        return -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}
""",
    twin="c-system",
)

bad(
    "c",
    "c-exec-sh",
    "CWE-78",
    'execl("/bin/sh"',
    r"""
#include <stdio.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

/* Returns ping's exit status for the host typed into the admin panel. */
int ping_host(const char *host)
{
    char cmd[256];
    snprintf(cmd, sizeof cmd, "ping -c 1 -W 2 %s", host);

    pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        execl("/bin/sh", "sh", "-c", cmd, (char *)NULL);
        _exit(127);
    }
    int status;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}
""",
)

bad(
    "c",
    "c-path-join",
    "CWE-22",
    'fopen(path, "rb")',
    r"""
#include <stdio.h>

#define DOC_ROOT "/srv/www/docs"

/* Open a document requested by name over HTTP. */
FILE *open_document(const char *requested)
{
    char path[1024];

    snprintf(path, sizeof path, "%s/%s", DOC_ROOT, requested);
    return fopen(path, "rb");
}
""",
)
good(
    "c",
    r"""
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DOC_ROOT "/srv/www/docs"

/* Open a document requested by name over HTTP. */
FILE *open_document(const char *requested)
{
    char joined[PATH_MAX], resolved[PATH_MAX];

    int n = snprintf(joined, sizeof joined, "%s/%s", DOC_ROOT, requested);
    if (n < 0 || (size_t)n >= sizeof joined)
        return NULL;
    if (realpath(joined, resolved) == NULL)
        return NULL;
    if (strncmp(resolved, DOC_ROOT "/", strlen(DOC_ROOT) + 1) != 0)
        return NULL;
    return fopen(resolved, "rb");
}
""",
    twin="c-path-join",
)

bad(
    "c",
    "c-rand-token",
    "CWE-338",
    "rand() %",
    r"""
#include <stdlib.h>
#include <time.h>

/* Fill out with a NUL-terminated session identifier. */
void generate_session_id(char *out, size_t len)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";

    if (len == 0)
        return;
    srand((unsigned)time(NULL));
    for (size_t i = 0; i + 1 < len; i++)
        out[i] = alphabet[rand() % (sizeof alphabet - 1)];
    out[len - 1] = '\0';
}
""",
)
good(
    "c",
    r"""
#include <stddef.h>
#include <sys/random.h>
#include <sys/types.h>

/* Fill out with a NUL-terminated session identifier (at most 64 chars). */
int generate_session_id(char *out, size_t len)
{
    static const char alphabet[] = "abcdefghijkmnpqrstuvwxyz23456789"; /* 32 */
    unsigned char raw[64];

    if (len == 0 || len - 1 > sizeof raw)
        return -1;
    if (getrandom(raw, len - 1, 0) != (ssize_t)(len - 1))
        return -1;
    for (size_t i = 0; i + 1 < len; i++)
        out[i] = alphabet[raw[i] % 32];
    out[len - 1] = '\0';
    return 0;
}
""",
    twin="c-rand-token",
)

bad(
    "c",
    "c-uninit",
    "CWE-457",
    "if (port <= 0",
    r"""
#include <stdlib.h>

int parse_port(const char *s, int *out);

/* Port from $APP_PORT, falling back to 8080. */
int get_listen_port(void)
{
    int port;
    const char *env_value = getenv("APP_PORT");

    if (env_value != NULL)
        parse_port(env_value, &port);
    if (port <= 0 || port > 65535)
        return 8080;
    return port;
}
""",
)

bad(
    "c",
    "c-stack-return",
    "CWE-562",
    "return buf;",
    r"""
#include <stdio.h>

/* Human readable size, e.g. "1.5 MiB". */
const char *format_size(unsigned long bytes)
{
    char buf[32];

    if (bytes >= 1024UL * 1024UL)
        snprintf(buf, sizeof buf, "%.1f MiB", bytes / (1024.0 * 1024.0));
    else if (bytes >= 1024UL)
        snprintf(buf, sizeof buf, "%.1f KiB", bytes / 1024.0);
    else
        snprintf(buf, sizeof buf, "%lu B", bytes);
    return buf;
}
""",
)
good(
    "c",
    r"""
#include <stdio.h>

/* Human readable size, e.g. "1.5 MiB", written into the caller's buffer. */
const char *format_size(unsigned long bytes, char *buf, size_t cap)
{
    if (bytes >= 1024UL * 1024UL)
        snprintf(buf, cap, "%.1f MiB", bytes / (1024.0 * 1024.0));
    else if (bytes >= 1024UL)
        snprintf(buf, cap, "%.1f KiB", bytes / 1024.0);
    else
        snprintf(buf, cap, "%lu B", bytes);
    return buf;
}
""",
    twin="c-stack-return",
)

# C look-alikes
good(
    "c",
    r"""
#include <string.h>

struct settings {
    char theme[16];
    char locale[32];
    int  font_size;
};

void settings_reset(struct settings *s)
{
    memset(s, 0, sizeof *s);
    strcpy(s->theme, "dark");
    strcpy(s->locale, "en_US.UTF-8");
    s->font_size = 12;
}
""",
)
good(
    "c",
    r"""
#include <stdlib.h>

/* prefix[i] = a[0] + ... + a[i-1]; the result has n + 1 entries. */
long *prefix_sums(const int *a, size_t n)
{
    long *prefix = calloc(n + 1, sizeof *prefix);
    if (prefix == NULL)
        return NULL;
    for (size_t i = 1; i <= n; i++)
        prefix[i] = prefix[i - 1] + a[i - 1];
    return prefix;
}
""",
)
good(
    "c",
    r"""
#include <stdio.h>

enum status { ST_OK, ST_NOT_FOUND, ST_DENIED, ST_COUNT };

static const char *const status_fmt[ST_COUNT] = {
    "ok: %s\n",
    "not found: %s\n",
    "permission denied: %s\n",
};

void report(enum status st, const char *path)
{
    if ((unsigned)st >= ST_COUNT)
        st = ST_DENIED;
    printf(status_fmt[st], path);
}
""",
)
good(
    "c",
    r"""
#include <stdio.h>
#include <string.h>

/* Store the running kernel release (e.g. "6.8.0-45-generic") in out. */
int kernel_release(char *out, int cap)
{
    FILE *p = popen("uname -r", "r");
    if (p == NULL)
        return -1;
    if (fgets(out, cap, p) == NULL) {
        pclose(p);
        return -1;
    }
    out[strcspn(out, "\n")] = '\0';
    return pclose(p) == 0 ? 0 : -1;
}
""",
)
good(
    "c",
    r"""
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

/* Exponential backoff with jitter between reconnect attempts. */
void backoff_sleep(int attempt)
{
    static int seeded;

    if (!seeded) {
        srand((unsigned)time(NULL) ^ (unsigned)getpid());
        seeded = 1;
    }
    if (attempt < 0)
        attempt = 0;
    unsigned base_ms = 100u << (attempt < 6 ? attempt : 6);
    unsigned jitter_ms = (unsigned)rand() % base_ms;
    usleep((base_ms + jitter_ms) * 1000u);
}
""",
)
good(
    "c",
    r"""
#include <stddef.h>
#include <string.h>

#define MAX_TAPS 64

/* Apply an FIR filter to x in place. */
int fir_apply(double *x, size_t n, const double *taps, size_t ntaps)
{
    if (ntaps == 0 || ntaps > MAX_TAPS)
        return -1;

    double hist[ntaps];
    memset(hist, 0, sizeof hist);
    for (size_t i = 0; i < n; i++) {
        memmove(hist + 1, hist, (ntaps - 1) * sizeof hist[0]);
        hist[0] = x[i];
        double acc = 0.0;
        for (size_t k = 0; k < ntaps; k++)
            acc += hist[k] * taps[k];
        x[i] = acc;
    }
    return 0;
}
""",
)

# ---------------------------------------------------------------------------
# C++
# ---------------------------------------------------------------------------

bad(
    "cpp",
    "cpp-ref-invalid",
    "CWE-416",
    "p.children.push_back(idx);",
    r"""
#include <string>
#include <vector>

struct Node {
    std::string name;
    std::vector<int> children;
};

// Appends a new node and links it under tree[parent]; returns its index.
int add_child(std::vector<Node>& tree, int parent, const std::string& name)
{
    Node& p = tree[parent];
    tree.push_back(Node{name, {}});
    int idx = static_cast<int>(tree.size()) - 1;
    p.children.push_back(idx);
    return idx;
}
""",
)
good(
    "cpp",
    r"""
#include <string>
#include <vector>

struct Node {
    std::string name;
    std::vector<int> children;
};

// Appends a new node and links it under tree[parent]; returns its index.
int add_child(std::vector<Node>& tree, int parent, const std::string& name)
{
    tree.push_back(Node{name, {}});
    int idx = static_cast<int>(tree.size()) - 1;
    tree[parent].children.push_back(idx);
    return idx;
}
""",
    twin="cpp-ref-invalid",
)

bad(
    "cpp",
    "cpp-erase-loop",
    "CWE-416",
    "sessions.erase(it);",
    r"""
#include <chrono>
#include <map>
#include <string>

struct Session {
    std::string user;
    std::chrono::steady_clock::time_point expires;
};

void purge_expired(std::map<std::string, Session>& sessions)
{
    const auto now = std::chrono::steady_clock::now();
    for (auto it = sessions.begin(); it != sessions.end(); ++it) {
        if (it->second.expires < now)
            sessions.erase(it);
    }
}
""",
)
good(
    "cpp",
    r"""
#include <chrono>
#include <map>
#include <string>

struct Session {
    std::string user;
    std::chrono::steady_clock::time_point expires;
};

void purge_expired(std::map<std::string, Session>& sessions)
{
    const auto now = std::chrono::steady_clock::now();
    for (auto it = sessions.begin(); it != sessions.end(); ) {
        if (it->second.expires < now)
            it = sessions.erase(it);
        else
            ++it;
    }
}
""",
    twin="cpp-erase-loop",
)

bad(
    "cpp",
    "cpp-cstr-temp",
    "CWE-416",
    ".c_str();",
    r"""
#include <cstdio>
#include <string>

std::string user_home(const std::string& user);

FILE* open_profile(const std::string& user)
{
    const char* path = (user_home(user) + "/.profile").c_str();
    return std::fopen(path, "r");
}
""",
)
good(
    "cpp",
    r"""
#include <cstdio>
#include <string>

std::string user_home(const std::string& user);

FILE* open_profile(const std::string& user)
{
    const std::string path = user_home(user) + "/.profile";
    return std::fopen(path.c_str(), "r");
}
""",
    twin="cpp-cstr-temp",
)

bad(
    "cpp",
    "cpp-rule-of-three",
    "CWE-415",
    "~Buffer() { delete[] data_; }",
    r"""
#include <cstddef>
#include <vector>

class Buffer {
public:
    explicit Buffer(std::size_t n) : size_(n), data_(new unsigned char[n]()) {}
    ~Buffer() { delete[] data_; }

    unsigned char* data() { return data_; }
    std::size_t size() const { return size_; }

private:
    std::size_t size_;
    unsigned char* data_;
};

std::vector<Buffer> make_pool(int count)
{
    std::vector<Buffer> pool;
    for (int i = 0; i < count; ++i)
        pool.push_back(Buffer(4096));
    return pool;
}
""",
)
good(
    "cpp",
    r"""
#include <cstddef>
#include <vector>

class Buffer {
public:
    explicit Buffer(std::size_t n) : data_(n) {}

    unsigned char* data() { return data_.data(); }
    std::size_t size() const { return data_.size(); }

private:
    std::vector<unsigned char> data_;
};

std::vector<Buffer> make_pool(int count)
{
    std::vector<Buffer> pool;
    for (int i = 0; i < count; ++i)
        pool.push_back(Buffer(4096));
    return pool;
}
""",
    twin="cpp-rule-of-three",
)

bad(
    "cpp",
    "cpp-strcpy-member",
    "CWE-120",
    "std::strcpy(",
    r"""
#include <cstring>
#include <string>

class Device {
public:
    explicit Device(int id) : id_(id) {}

    void set_label(const std::string& label) {
        std::strcpy(label_, label.c_str());
    }
    const char* label() const { return label_; }
    int id() const { return id_; }

private:
    int id_;
    char label_[32] = {};
};
""",
)

bad(
    "cpp",
    "cpp-snprintf-fmt",
    "CWE-134",
    "user_msg.c_str());",
    r"""
#include <cstdio>
#include <string>

// Builds the status line shown to operators, e.g. "503 backend busy".
std::string render_status(const std::string& user_msg, int code)
{
    char line[256];
    std::snprintf(line, sizeof(line), user_msg.c_str());
    return std::to_string(code) + " " + line;
}
""",
)
good(
    "cpp",
    r"""
#include <cstdio>
#include <string>

// Builds the status line shown to operators, e.g. "503 backend busy".
std::string render_status(const std::string& user_msg, int code)
{
    char line[256];
    std::snprintf(line, sizeof(line), "%s", user_msg.c_str());
    return std::to_string(code) + " " + line;
}
""",
    twin="cpp-snprintf-fmt",
)

bad(
    "cpp",
    "cpp-popen",
    "CWE-78",
    "popen(cmd.c_str()",
    r"""
#include <array>
#include <cstdio>
#include <string>

std::string whois(const std::string& domain)
{
    std::string cmd = "whois " + domain;
    std::string result;
    std::array<char, 512> chunk{};

    FILE* pipe = popen(cmd.c_str(), "r");
    if (!pipe)
        return result;
    while (fgets(chunk.data(), static_cast<int>(chunk.size()), pipe))
        result += chunk.data();
    pclose(pipe);
    return result;
}
""",
)
good(
    "cpp",
    r"""
#include <array>
#include <cstdio>
#include <regex>
#include <string>

static bool valid_domain(const std::string& d)
{
    static const std::regex re(R"(^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$)");
    return d.size() <= 253 && std::regex_match(d, re);
}

std::string whois(const std::string& domain)
{
    std::string result;
    if (!valid_domain(domain))
        return result;
    std::string cmd = "whois " + domain;
    std::array<char, 512> chunk{};

    FILE* pipe = popen(cmd.c_str(), "r");
    if (!pipe)
        return result;
    while (fgets(chunk.data(), static_cast<int>(chunk.size()), pipe))
        result += chunk.data();
    pclose(pipe);
    return result;
}
""",
    twin="cpp-popen",
)

bad(
    "cpp",
    "cpp-hardcoded-pw",
    "CWE-798",
    "password=",
    r"""
#include <pqxx/pqxx>
#include <string>

pqxx::connection open_billing_db()
{
    const std::string conninfo =
        "host=db.internal port=5432 dbname=billing user=billing_app password=Bx7qLm2Rt9";
    return pqxx::connection(conninfo);
}

double outstanding_total(pqxx::connection& conn)
{
    pqxx::work tx(conn);
    auto row = tx.exec1("SELECT coalesce(sum(amount), 0) FROM invoices WHERE paid = false");
    return row[0].as<double>();
}
""",
)
good(
    "cpp",
    r"""
#include <cstdlib>
#include <pqxx/pqxx>
#include <stdexcept>
#include <string>

pqxx::connection open_billing_db()
{
    // Connection parameters (including the password) come from the environment,
    // e.g. PGHOST / PGUSER / PGPASSWORD set by the service manager.
    const char* dsn = std::getenv("BILLING_DSN");
    if (dsn == nullptr)
        throw std::runtime_error("BILLING_DSN is not set");
    return pqxx::connection(dsn);
}

double outstanding_total(pqxx::connection& conn)
{
    pqxx::work tx(conn);
    auto row = tx.exec1("SELECT coalesce(sum(amount), 0) FROM invoices WHERE paid = false");
    return row[0].as<double>();
}
""",
    twin="cpp-hardcoded-pw",
)

bad(
    "cpp",
    "cpp-index-check",
    "CWE-193",
    "if (slot > slots_.size())",
    r"""
#include <cstddef>
#include <vector>

class SlotTable {
public:
    explicit SlotTable(std::size_t n) : slots_(n, -1) {}

    // slot comes straight from the client request
    bool assign(std::size_t slot, int owner) {
        if (slot > slots_.size())
            return false;
        slots_[slot] = owner;
        return true;
    }

private:
    std::vector<int> slots_;
};
""",
)
good(
    "cpp",
    r"""
#include <cstddef>
#include <vector>

class SlotTable {
public:
    explicit SlotTable(std::size_t n) : slots_(n, -1) {}

    // slot comes straight from the client request
    bool assign(std::size_t slot, int owner) {
        if (slot >= slots_.size())
            return false;
        slots_[slot] = owner;
        return true;
    }

private:
    std::vector<int> slots_;
};
""",
    twin="cpp-index-check",
)

bad(
    "cpp",
    "cpp-img-overflow",
    "CWE-190",
    "uint32_t bytes = img.width * img.height * 4;",
    r"""
#include <cstddef>
#include <cstdint>
#include <istream>
#include <memory>

struct Image {
    uint32_t width = 0, height = 0;
    std::unique_ptr<uint8_t[]> rgba;
};

bool read_image(std::istream& in, Image& img)
{
    in.read(reinterpret_cast<char*>(&img.width), 4);
    in.read(reinterpret_cast<char*>(&img.height), 4);
    if (!in)
        return false;
    uint32_t bytes = img.width * img.height * 4;
    img.rgba.reset(new uint8_t[bytes]);
    char* dst = reinterpret_cast<char*>(img.rgba.get());
    for (uint32_t y = 0; y < img.height; ++y)
        in.read(dst + static_cast<std::size_t>(y) * img.width * 4, img.width * 4);
    return static_cast<bool>(in);
}
""",
)
good(
    "cpp",
    r"""
#include <cstddef>
#include <cstdint>
#include <istream>
#include <memory>

struct Image {
    uint32_t width = 0, height = 0;
    std::unique_ptr<uint8_t[]> rgba;
};

constexpr uint32_t kMaxDim = 8192;

bool read_image(std::istream& in, Image& img)
{
    in.read(reinterpret_cast<char*>(&img.width), 4);
    in.read(reinterpret_cast<char*>(&img.height), 4);
    if (!in || img.width == 0 || img.height == 0 ||
        img.width > kMaxDim || img.height > kMaxDim)
        return false;
    const std::size_t row = static_cast<std::size_t>(img.width) * 4;
    img.rgba.reset(new uint8_t[row * img.height]);
    char* dst = reinterpret_cast<char*>(img.rgba.get());
    for (uint32_t y = 0; y < img.height; ++y)
        in.read(dst + y * row, static_cast<std::streamsize>(row));
    return static_cast<bool>(in);
}
""",
    twin="cpp-img-overflow",
)

bad(
    "cpp",
    "cpp-short-len",
    "CWE-195",
    "std::memcpy(out, f.payload, f.length);",
    r"""
#include <cstdint>
#include <cstring>

constexpr int kMaxPayload = 512;

struct Frame {
    int16_t length;          // from the network header
    const uint8_t* payload;
};

bool copy_payload(const Frame& f, uint8_t (&out)[kMaxPayload])
{
    if (f.length > kMaxPayload)
        return false;
    std::memcpy(out, f.payload, f.length);
    return true;
}
""",
)

bad(
    "cpp",
    "cpp-ref-local",
    "CWE-562",
    "return fallback;",
    r"""
#include <map>
#include <string>

class Config {
public:
    void set(const std::string& key, const std::string& value) { values_[key] = value; }

    const std::string& get(const std::string& key) const {
        auto it = values_.find(key);
        if (it != values_.end())
            return it->second;
        std::string fallback;
        return fallback;
    }

private:
    std::map<std::string, std::string> values_;
};
""",
)
good(
    "cpp",
    r"""
#include <map>
#include <string>

class Config {
public:
    void set(const std::string& key, const std::string& value) { values_[key] = value; }

    const std::string& get(const std::string& key) const {
        static const std::string empty;
        auto it = values_.find(key);
        if (it != values_.end())
            return it->second;
        return empty;
    }

private:
    std::map<std::string, std::string> values_;
};
""",
    twin="cpp-ref-local",
)

bad(
    "cpp",
    "cpp-string-view",
    "CWE-416",
    "std::string_view key =",
    r"""
#include <iostream>
#include <string>
#include <string_view>

std::string load_prefix();

void print_key(std::string_view id)
{
    std::string_view key = load_prefix() + ":" + std::string(id);
    std::cout << "lookup " << key << '\n';
}
""",
)

bad(
    "cpp",
    "cpp-get-erase",
    "CWE-416",
    "conn->close();",
    r"""
#include <memory>
#include <string>
#include <unordered_map>

struct Connection {
    std::string peer;
    void close();
};

class Server {
public:
    void drop(int id) {
        Connection* conn = conns_.at(id).get();
        conns_.erase(id);
        conn->close();
    }

private:
    std::unordered_map<int, std::unique_ptr<Connection>> conns_;
};
""",
)
good(
    "cpp",
    r"""
#include <memory>
#include <string>
#include <unordered_map>

struct Connection {
    std::string peer;
    void close();
};

class Server {
public:
    void drop(int id) {
        auto it = conns_.find(id);
        if (it == conns_.end())
            return;
        std::unique_ptr<Connection> conn = std::move(it->second);
        conns_.erase(it);
        conn->close();
    }

private:
    std::unordered_map<int, std::unique_ptr<Connection>> conns_;
};
""",
    twin="cpp-get-erase",
)

bad(
    "cpp",
    "cpp-mt-token",
    "CWE-338",
    "std::mt19937 gen(",
    r"""
#include <ctime>
#include <random>
#include <string>

// Token e-mailed to the user for a password reset.
std::string make_reset_token()
{
    static const char hex[] = "0123456789abcdef";
    std::mt19937 gen(static_cast<unsigned>(std::time(nullptr)));
    std::uniform_int_distribution<int> dist(0, 15);
    std::string token;
    for (int i = 0; i < 32; ++i)
        token += hex[dist(gen)];
    return token;
}
""",
)
good(
    "cpp",
    r"""
#include <openssl/rand.h>
#include <stdexcept>
#include <string>

// Token e-mailed to the user for a password reset.
std::string make_reset_token()
{
    static const char hex[] = "0123456789abcdef";
    unsigned char raw[16];
    if (RAND_bytes(raw, sizeof(raw)) != 1)
        throw std::runtime_error("RAND_bytes failed");
    std::string token;
    token.reserve(32);
    for (unsigned char b : raw) {
        token += hex[b >> 4];
        token += hex[b & 0x0f];
    }
    return token;
}
""",
    twin="cpp-mt-token",
)

bad(
    "cpp",
    "cpp-ifstream-path",
    "CWE-22",
    "std::ifstream in(",
    r"""
#include <fstream>
#include <sstream>
#include <string>

const std::string kTemplateDir = "/opt/app/templates/";

// name comes from the ?page= query parameter
std::string load_template(const std::string& name)
{
    std::ifstream in(kTemplateDir + name + ".html");
    if (!in)
        return {};
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}
""",
)
good(
    "cpp",
    r"""
#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>
#include <string>

const std::string kTemplateDir = "/opt/app/templates/";

static bool safe_name(const std::string& s)
{
    return !s.empty() && s.size() <= 64 &&
           std::all_of(s.begin(), s.end(), [](unsigned char c) {
               return std::isalnum(c) || c == '_' || c == '-';
           });
}

// name comes from the ?page= query parameter
std::string load_template(const std::string& name)
{
    if (!safe_name(name))
        return {};
    std::ifstream in(kTemplateDir + name + ".html");
    if (!in)
        return {};
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}
""",
    twin="cpp-ifstream-path",
)

bad(
    "cpp",
    "cpp-uninit-member",
    "CWE-457",
    "s.sum += x;",
    r"""
#include <cstddef>
#include <limits>
#include <vector>

struct Stats {
    std::size_t count = 0;
    double sum;
    double max = -std::numeric_limits<double>::infinity();
};

Stats summarize(const std::vector<double>& xs)
{
    Stats s;
    s.count = xs.size();
    for (double x : xs) {
        s.sum += x;
        if (x > s.max)
            s.max = x;
    }
    return s;
}
""",
)

bad(
    "cpp",
    "cpp-system-concat",
    "CWE-78",
    "std::system(cmd.c_str())",
    r"""
#include <cstdlib>
#include <string>

// Called from the admin REST endpoint POST /projects/{name}/archive
bool archive_project(const std::string& project)
{
    std::string cmd = "tar -czf /backups/" + project + ".tgz -C /srv/projects " + project;
    return std::system(cmd.c_str()) == 0;
}
""",
)

bad(
    "cpp",
    "cpp-two-owners",
    "CWE-415",
    "current_ = std::unique_ptr<Texture>(tex);",
    r"""
#include <memory>
#include <vector>

struct Texture {
    unsigned id;
};

Texture* create_texture(unsigned id);

class Renderer {
public:
    void load(unsigned id) {
        Texture* tex = create_texture(id);
        cache_.emplace_back(tex);
        current_ = std::unique_ptr<Texture>(tex);
    }

private:
    std::vector<std::unique_ptr<Texture>> cache_;
    std::unique_ptr<Texture> current_;
};
""",
)
good(
    "cpp",
    r"""
#include <memory>
#include <vector>

struct Texture {
    unsigned id;
};

Texture* create_texture(unsigned id);

class Renderer {
public:
    void load(unsigned id) {
        std::shared_ptr<Texture> tex(create_texture(id));
        cache_.push_back(tex);
        current_ = tex;
    }

private:
    std::vector<std::shared_ptr<Texture>> cache_;
    std::shared_ptr<Texture> current_;
};
""",
    twin="cpp-two-owners",
)

bad(
    "cpp",
    "cpp-lambda-ref",
    "CWE-825",
    "[&path]",
    r"""
#include <string>
#include <thread>

void upload_file(const std::string& path);

void schedule_upload(const std::string& dir, const std::string& name)
{
    std::string path = dir + "/" + name;
    std::thread worker([&path] { upload_file(path); });
    worker.detach();
}
""",
)
good(
    "cpp",
    r"""
#include <string>
#include <thread>

void upload_file(const std::string& path);

void schedule_upload(const std::string& dir, const std::string& name)
{
    std::string path = dir + "/" + name;
    std::thread worker([path = std::move(path)] { upload_file(path); });
    worker.detach();
}
""",
    twin="cpp-lambda-ref",
)

# C++ look-alikes
good(
    "cpp",
    r"""
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

struct Event {
    std::string name;
    std::vector<std::string> tags;
};

std::size_t record_event(std::vector<Event>& log, std::string name)
{
    log.emplace_back();
    Event& ev = log.back();
    ev.name = std::move(name);
    ev.tags.push_back("recorded");
    return log.size() - 1;
}
""",
)
good(
    "cpp",
    r"""
#include <cstdio>
#include <string>

std::string build_label(const std::string& host, int port)
{
    return host + ":" + std::to_string(port);
}

void print_endpoint(const std::string& host, int port)
{
    std::printf("connecting to %s\n", build_label(host, port).c_str());
}
""",
)
good(
    "cpp",
    r"""
#include <cstdlib>

// Monte Carlo estimate of pi; the seed is fixed so test runs are reproducible.
double estimate_pi(int samples, unsigned seed)
{
    std::srand(seed);
    int inside = 0;
    for (int i = 0; i < samples; ++i) {
        double x = std::rand() / static_cast<double>(RAND_MAX);
        double y = std::rand() / static_cast<double>(RAND_MAX);
        if (x * x + y * y <= 1.0)
            ++inside;
    }
    return samples > 0 ? 4.0 * inside / samples : 0.0;
}
""",
)
good(
    "cpp",
    r"""
#include <algorithm>
#include <memory>
#include <vector>

struct Client {
    bool connected() const;
};

void drop_disconnected(std::vector<std::unique_ptr<Client>>& clients)
{
    clients.erase(std::remove_if(clients.begin(), clients.end(),
                                 [](const std::unique_ptr<Client>& c) { return !c->connected(); }),
                  clients.end());
}
""",
)
good(
    "cpp",
    r"""
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <stdexcept>

struct Header {
    std::array<std::uint8_t, 4> magic;
    std::uint32_t version;
};

Header parse_header(const std::uint8_t* data, std::size_t len)
{
    Header h{};
    if (len < sizeof(h.magic) + sizeof(h.version))
        throw std::invalid_argument("short header");
    std::memcpy(h.magic.data(), data, sizeof(h.magic));
    std::memcpy(&h.version, data + sizeof(h.magic), sizeof(h.version));
    return h;
}
""",
)

# ---------------------------------------------------------------------------
# Bash
# ---------------------------------------------------------------------------

bad(
    "bash",
    "sh-rm",
    "CWE-88",
    "rm -rf $BUILD_DIR/*",
    r"""
#!/bin/bash
# Clean old build artifacts for a given project.
set -e

PROJECT_DIR=$1
BUILD_DIR="$PROJECT_DIR/build"

echo "Cleaning $BUILD_DIR"
rm -rf $BUILD_DIR/*
mkdir -p "$BUILD_DIR"
echo "Done."
""",
)
good(
    "bash",
    r"""
#!/bin/bash
# Clean old build artifacts for a given project.
set -euo pipefail

PROJECT_DIR=${1:?usage: $0 PROJECT_DIR}
BUILD_DIR="$PROJECT_DIR/build"

echo "Cleaning $BUILD_DIR"
rm -rf -- "${BUILD_DIR:?}"/*
mkdir -p -- "$BUILD_DIR"
echo "Done."
""",
    twin="sh-rm",
)

bad(
    "bash",
    "sh-cp",
    "CWE-88",
    "cp $f $DEST/",
    r"""
#!/usr/bin/env bash
# Copy every uploaded report into this month's archive directory.
SRC=/srv/uploads/reports
DEST=/srv/archive/$(date +%Y-%m)

mkdir -p "$DEST"
for f in "$SRC"/*; do
    cp $f $DEST/
done
echo "archived to $DEST"
""",
)
good(
    "bash",
    r"""
#!/usr/bin/env bash
# Copy every uploaded report into this month's archive directory.
SRC=/srv/uploads/reports
DEST=/srv/archive/$(date +%Y-%m)

mkdir -p -- "$DEST"
for f in "$SRC"/*; do
    [ -f "$f" ] || continue
    cp -- "$f" "$DEST/"
done
echo "archived to $DEST"
""",
    twin="sh-cp",
)

bad(
    "bash",
    "sh-tar",
    "CWE-88",
    "-C $src_dir",
    r"""
#!/bin/sh
# Usage: backup-site.sh <site directory>
# Invoked by the hosting panel with the directory the customer picked.
src_dir=$1
stamp=$(date +%Y%m%d-%H%M)
dest="/backups/site-$stamp.tar.gz"

tar -czf "$dest" -C $src_dir .
echo "backup written to $dest"
""",
)

bad(
    "bash",
    "sh-eval",
    "CWE-78",
    'eval "/opt/maint/',
    r"""
#!/bin/bash
# Run a named maintenance task with optional extra arguments.
# Usage: maint.sh TASK [ARGS...]
task=$1
shift
extra_args="$*"

case "$task" in
    reindex|vacuum|rotate) ;;
    *) echo "unknown task: $task" >&2; exit 1 ;;
esac

eval "/opt/maint/$task.sh $extra_args"
""",
)
good(
    "bash",
    r"""
#!/bin/bash
# Run a named maintenance task with optional extra arguments.
# Usage: maint.sh TASK [ARGS...]
task=$1
shift

case "$task" in
    reindex|vacuum|rotate) ;;
    *) echo "unknown task: $task" >&2; exit 1 ;;
esac

"/opt/maint/$task.sh" "$@"
""",
    twin="sh-eval",
)

bad(
    "bash",
    "sh-curl-sh",
    "CWE-494",
    "| sh",
    r"""
#!/usr/bin/env bash
# Bootstrap the developer toolchain on a fresh machine.
set -euo pipefail

echo "Installing toolchain..."
curl -fsSL https://get.example-tools.dev/install.sh | sh
export PATH="$HOME/.example-tools/bin:$PATH"
extool --version
""",
)
good(
    "bash",
    r"""
#!/usr/bin/env bash
# Bootstrap the developer toolchain on a fresh machine.
set -euo pipefail

INSTALLER_URL=https://get.example-tools.dev/releases/1.8.2/install.sh
INSTALLER_SHA256=3f5c0d2b9a7e41c8d6f0b1e2a4c9d7e8f1a2b3c4d5e6f708192a3b4c5d6e7f80

tmp=$(mktemp)
trap 'rm -f -- "$tmp"' EXIT

echo "Installing toolchain..."
curl -fsSL "$INSTALLER_URL" -o "$tmp"
echo "$INSTALLER_SHA256  $tmp" | sha256sum -c --quiet -
sh "$tmp"
export PATH="$HOME/.example-tools/bin:$PATH"
extool --version
""",
    twin="sh-curl-sh",
)

bad(
    "bash",
    "sh-tmp",
    "CWE-377",
    "TMPFILE=/tmp/",
    r"""
#!/bin/bash
# Nightly: dump the database and upload it to object storage.
set -e
TMPFILE=/tmp/dbdump.$$.sql

pg_dump --no-owner appdb > "$TMPFILE"
gzip -9 "$TMPFILE"
aws s3 cp "$TMPFILE.gz" s3://example-backups/db/
rm -f "$TMPFILE.gz"
""",
)
good(
    "bash",
    r"""
#!/bin/bash
# Nightly: dump the database and upload it to object storage.
set -euo pipefail
umask 077
workdir=$(mktemp -d)
trap 'rm -rf -- "$workdir"' EXIT
TMPFILE="$workdir/dbdump.sql"

pg_dump --no-owner appdb > "$TMPFILE"
gzip -9 "$TMPFILE"
aws s3 cp "$TMPFILE.gz" s3://example-backups/db/
""",
    twin="sh-tmp",
)

bad(
    "bash",
    "sh-pw-argv",
    "CWE-214",
    '-p"$DB_PASS"',
    r"""
#!/bin/bash
# Nightly import of the CSV export into MySQL.
set -euo pipefail
DB_USER=importer
DB_PASS=$(cat /etc/importer/db_password)

mysql -u "$DB_USER" -p"$DB_PASS" -h db.internal sales \
    -e "LOAD DATA LOCAL INFILE '/data/export.csv' INTO TABLE staging_orders FIELDS TERMINATED BY ','"
echo "import finished"
""",
)
good(
    "bash",
    r"""
#!/bin/bash
# Nightly import of the CSV export into MySQL.
# /etc/importer/my.cnf (mode 0600) holds the [client] user and password.
set -euo pipefail

mysql --defaults-extra-file=/etc/importer/my.cnf -h db.internal sales \
    -e "LOAD DATA LOCAL INFILE '/data/export.csv' INTO TABLE staging_orders FIELDS TERMINATED BY ','"
echo "import finished"
""",
    twin="sh-pw-argv",
)

bad(
    "bash",
    "sh-log-secret",
    "CWE-532",
    'echo "Pushing',
    r"""
#!/bin/bash
# CI step: log in to the registry and push the image.
set -euo pipefail
IMAGE="registry.example.com/team/app:${CI_COMMIT_SHA}"

echo "Pushing $IMAGE (user: $REGISTRY_USER, password: $REGISTRY_PASSWORD)"
echo "$REGISTRY_PASSWORD" | docker login registry.example.com -u "$REGISTRY_USER" --password-stdin
docker push "$IMAGE"
""",
)
good(
    "bash",
    r"""
#!/bin/bash
# CI step: log in to the registry and push the image.
set -euo pipefail
IMAGE="registry.example.com/team/app:${CI_COMMIT_SHA}"

echo "Pushing $IMAGE (user: $REGISTRY_USER)"
echo "$REGISTRY_PASSWORD" | docker login registry.example.com -u "$REGISTRY_USER" --password-stdin
docker push "$IMAGE"
""",
    twin="sh-log-secret",
)

bad(
    "bash",
    "sh-chmod",
    "CWE-732",
    "chmod -R 777",
    r"""
#!/bin/bash
# Prepare writable directories for the shop application.
set -e
APP_ROOT=/var/www/shop

mkdir -p "$APP_ROOT/uploads" "$APP_ROOT/cache"
chown -R www-data:www-data "$APP_ROOT"
chmod -R 777 "$APP_ROOT/uploads"
chmod 750 "$APP_ROOT/cache"
""",
)
good(
    "bash",
    r"""
#!/bin/bash
# Prepare writable directories for the shop application.
set -e
APP_ROOT=/var/www/shop

mkdir -p "$APP_ROOT/uploads" "$APP_ROOT/cache"
chown -R www-data:www-data "$APP_ROOT"
chmod -R u=rwX,g=rX,o= "$APP_ROOT/uploads"
chmod 750 "$APP_ROOT/cache"
""",
    twin="sh-chmod",
)

bad(
    "bash",
    "sh-source-tmp",
    "CWE-829",
    'source "$SETTINGS"',
    r"""
#!/bin/bash
# Root cron job: archive application logs using settings that the
# app team drops off for us.
SETTINGS=/tmp/logrotate-settings.sh
KEEP_DAYS=14

if [ -f "$SETTINGS" ]; then
    source "$SETTINGS"
fi

find /var/log/app -name '*.log' -mtime +"$KEEP_DAYS" -delete
""",
)

bad(
    "bash",
    "sh-curl-k",
    "CWE-295",
    "curl -sk",
    r"""
#!/bin/bash
# Fetch the latest feature flags from the config service.
set -euo pipefail
OUT=/etc/myapp/flags.json

curl -sk https://config.internal.example.com/v1/flags -o "$OUT.new"
mv "$OUT.new" "$OUT"
systemctl reload myapp
""",
)

bad(
    "bash",
    "sh-hardcoded",
    "CWE-798",
    "AWS_SECRET_ACCESS_KEY=",
    r"""
#!/bin/bash
# Publish the static site.
set -euo pipefail
export AWS_ACCESS_KEY_ID=AKIAZ3EXAMPLE7QH2LMN
export AWS_SECRET_ACCESS_KEY=q9Vt2kEXAMPLEr0sL7uJcW1nYd4pF6hA8xB3mZ5e
export AWS_DEFAULT_REGION=eu-west-1

npm run build
aws s3 sync ./public s3://example-static-site --delete
""",
)

# Bash look-alikes
good(
    "bash",
    r"""
#!/bin/bash
# Start an agent for this CI job and load the deploy key.
set -euo pipefail
eval "$(ssh-agent -s)"
trap 'ssh-agent -k >/dev/null' EXIT
ssh-add -q "$HOME/.ssh/deploy_ed25519"
git fetch --quiet origin main
""",
)
good(
    "bash",
    r"""
#!/bin/bash
# Usage: sync.sh SRC DEST -- retries rsync with a growing pause.
if [ $# -lt 2 ]; then
    echo "usage: $0 SRC DEST" >&2
    exit 1
fi
retries=0
until rsync -a -- "$1" "$2"; do
    retries=$((retries + 1))
    if [ $retries -ge 5 ]; then
        echo "giving up after $retries attempts" >&2
        exit 1
    fi
    sleep $((retries * 2))
done
""",
)
good(
    "bash",
    r"""
#!/usr/bin/env bash
set -euo pipefail
SCRIPT_DIR=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib/common.sh
source "$SCRIPT_DIR/lib/common.sh"

log_info "starting nightly report"
generate_report --date "$(date -d yesterday +%F)"
""",
)
good(
    "bash",
    r"""
#!/bin/bash
# Build the site in a scratch directory and publish it.
set -euo pipefail
workdir=$(mktemp -d)
trap 'rm -rf -- "$workdir"' EXIT

git clone --depth 1 https://github.com/example/site.git "$workdir/site"
(cd "$workdir/site" && npm ci && npm run build)
rsync -a --delete "$workdir/site/dist/" /var/www/site/
""",
)

# ---------------------------------------------------------------------------
# SQL
# ---------------------------------------------------------------------------

bad(
    "sql",
    "sql-tsql-exec",
    "CWE-89",
    "+ @LastName +",
    r"""
CREATE PROCEDURE dbo.SearchCustomers
    @LastName NVARCHAR(100)
AS
BEGIN
    SET NOCOUNT ON;
    DECLARE @sql NVARCHAR(MAX);

    SET @sql = N'SELECT CustomerId, FirstName, LastName, Email
                 FROM dbo.Customers
                 WHERE LastName LIKE ''' + @LastName + N'%''';
    EXEC (@sql);
END;
""",
)
good(
    "sql",
    r"""
CREATE PROCEDURE dbo.SearchCustomers
    @LastName NVARCHAR(100)
AS
BEGIN
    SET NOCOUNT ON;
    DECLARE @sql NVARCHAR(MAX);

    SET @sql = N'SELECT CustomerId, FirstName, LastName, Email
                 FROM dbo.Customers
                 WHERE LastName LIKE @prefix + N''%''';
    EXEC sys.sp_executesql @sql, N'@prefix NVARCHAR(100)', @prefix = @LastName;
END;
""",
    twin="sql-tsql-exec",
)

bad(
    "sql",
    "sql-pg-format",
    "CWE-89",
    "EXECUTE format(",
    r"""
CREATE OR REPLACE FUNCTION count_rows_for_owner(tbl text, owner_name text)
RETURNS bigint
LANGUAGE plpgsql
AS $$
DECLARE
    n bigint;
BEGIN
    EXECUTE format('SELECT count(*) FROM %s WHERE owner = ''%s''', tbl, owner_name)
        INTO n;
    RETURN n;
END;
$$;
""",
)
good(
    "sql",
    r"""
CREATE OR REPLACE FUNCTION count_rows_for_owner(tbl text, owner_name text)
RETURNS bigint
LANGUAGE plpgsql
AS $$
DECLARE
    n bigint;
BEGIN
    EXECUTE format('SELECT count(*) FROM %I WHERE owner = $1', tbl)
        INTO n
        USING owner_name;
    RETURN n;
END;
$$;
""",
    twin="sql-pg-format",
)

bad(
    "sql",
    "sql-ora-immediate",
    "CWE-89",
    "|| p_region ||",
    r"""
CREATE OR REPLACE PROCEDURE archive_orders (
    p_region IN VARCHAR2,
    p_before IN DATE
) AS
BEGIN
    EXECUTE IMMEDIATE
        'INSERT INTO orders_archive SELECT * FROM orders WHERE region = ''' || p_region || ''' AND order_date < :1'
        USING p_before;
    EXECUTE IMMEDIATE
        'DELETE FROM orders WHERE region = :1 AND order_date < :2'
        USING p_region, p_before;
    COMMIT;
END archive_orders;
/
""",
)
good(
    "sql",
    r"""
CREATE OR REPLACE PROCEDURE archive_orders (
    p_region IN VARCHAR2,
    p_before IN DATE
) AS
BEGIN
    EXECUTE IMMEDIATE
        'INSERT INTO orders_archive SELECT * FROM orders WHERE region = :1 AND order_date < :2'
        USING p_region, p_before;
    EXECUTE IMMEDIATE
        'DELETE FROM orders WHERE region = :1 AND order_date < :2'
        USING p_region, p_before;
    COMMIT;
END archive_orders;
/
""",
    twin="sql-ora-immediate",
)

bad(
    "sql",
    "sql-mysql-concat",
    "CWE-89",
    "ORDER BY ', p_sort)",
    r"""
DELIMITER //
CREATE PROCEDURE get_products_sorted(IN p_category VARCHAR(50), IN p_sort VARCHAR(30))
BEGIN
    SET @q = CONCAT('SELECT id, name, price FROM products WHERE category = ? ORDER BY ', p_sort);
    SET @cat = p_category;
    PREPARE stmt FROM @q;
    EXECUTE stmt USING @cat;
    DEALLOCATE PREPARE stmt;
END //
DELIMITER ;
""",
)
good(
    "sql",
    r"""
DELIMITER //
CREATE PROCEDURE get_products_sorted(IN p_category VARCHAR(50), IN p_sort VARCHAR(30))
BEGIN
    DECLARE v_col VARCHAR(10) DEFAULT 'id';
    SET v_col = CASE p_sort
                    WHEN 'name'  THEN 'name'
                    WHEN 'price' THEN 'price'
                    ELSE 'id'
                END;
    SET @q = CONCAT('SELECT id, name, price FROM products WHERE category = ? ORDER BY ', v_col);
    SET @cat = p_category;
    PREPARE stmt FROM @q;
    EXECUTE stmt USING @cat;
    DEALLOCATE PREPARE stmt;
END //
DELIMITER ;
""",
    twin="sql-mysql-concat",
)

bad(
    "sql",
    "sql-grant-all",
    "CWE-269",
    "GRANT ALL PRIVILEGES ON *.*",
    r"""
-- Account for the new read-only reporting service.
CREATE DATABASE IF NOT EXISTS reporting;
CREATE USER 'report_svc'@'%' IDENTIFIED BY RANDOM PASSWORD;
GRANT ALL PRIVILEGES ON *.* TO 'report_svc'@'%' WITH GRANT OPTION;
FLUSH PRIVILEGES;
""",
)
good(
    "sql",
    r"""
-- Account for the new read-only reporting service.
CREATE DATABASE IF NOT EXISTS reporting;
CREATE USER 'report_svc'@'10.20.%' IDENTIFIED BY RANDOM PASSWORD;
GRANT SELECT ON reporting.* TO 'report_svc'@'10.20.%';
FLUSH PRIVILEGES;
""",
    twin="sql-grant-all",
)

bad(
    "sql",
    "sql-grant-public",
    "CWE-732",
    "GRANT ALL ON ALL TABLES IN SCHEMA portal TO PUBLIC",
    r"""
-- Schema for the customer portal.
CREATE SCHEMA portal;

CREATE TABLE portal.accounts (
    id            bigserial PRIMARY KEY,
    email         text NOT NULL UNIQUE,
    password_hash text NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now()
);

GRANT USAGE ON SCHEMA portal TO PUBLIC;
GRANT ALL ON ALL TABLES IN SCHEMA portal TO PUBLIC;
""",
)

bad(
    "sql",
    "sql-plaintext",
    "CWE-256",
    "password      NVARCHAR(128)",
    r"""
CREATE TABLE dbo.AppUsers (
    UserId        INT IDENTITY(1,1) PRIMARY KEY,
    Username      NVARCHAR(64)  NOT NULL UNIQUE,
    password      NVARCHAR(128) NOT NULL,
    CreatedAt     DATETIME2     NOT NULL DEFAULT SYSUTCDATETIME()
);
GO

CREATE PROCEDURE dbo.CheckLogin
    @Username NVARCHAR(64),
    @Password NVARCHAR(128)
AS
    SELECT UserId FROM dbo.AppUsers
    WHERE Username = @Username AND password = @Password;
GO
""",
)

bad(
    "sql",
    "sql-md5",
    "CWE-916",
    "md5(p_password)",
    r"""
CREATE OR REPLACE FUNCTION register_user(p_email text, p_password text)
RETURNS bigint
LANGUAGE sql
AS $$
    INSERT INTO users (email, password_hash)
    VALUES (lower(p_email), md5(p_password))
    RETURNING id;
$$;
""",
)
good(
    "sql",
    r"""
CREATE EXTENSION IF NOT EXISTS pgcrypto;

CREATE OR REPLACE FUNCTION register_user(p_email text, p_password text)
RETURNS bigint
LANGUAGE sql
AS $$
    INSERT INTO users (email, password_hash)
    VALUES (lower(p_email), crypt(p_password, gen_salt('bf', 12)))
    RETURNING id;
$$;
""",
    twin="sql-md5",
)

bad(
    "sql",
    "sql-definer",
    "CWE-426",
    "SECURITY DEFINER",
    r"""
CREATE OR REPLACE FUNCTION admin_reset_quota(p_user_id bigint)
RETURNS void
LANGUAGE plpgsql
SECURITY DEFINER
AS $$
BEGIN
    UPDATE quotas SET used_bytes = 0 WHERE user_id = p_user_id;
    INSERT INTO audit_log (action, target) VALUES ('reset_quota', p_user_id);
END;
$$;

REVOKE ALL ON FUNCTION admin_reset_quota(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION admin_reset_quota(bigint) TO support_staff;
""",
)
good(
    "sql",
    r"""
CREATE OR REPLACE FUNCTION admin.admin_reset_quota(p_user_id bigint)
RETURNS void
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = admin, pg_temp
AS $$
BEGIN
    UPDATE admin.quotas SET used_bytes = 0 WHERE user_id = p_user_id;
    INSERT INTO admin.audit_log (action, target) VALUES ('reset_quota', p_user_id);
END;
$$;

REVOKE ALL ON FUNCTION admin.admin_reset_quota(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION admin.admin_reset_quota(bigint) TO support_staff;
""",
    twin="sql-definer",
)

bad(
    "sql",
    "sql-rls-off",
    "CWE-285",
    "DISABLE ROW LEVEL SECURITY",
    r"""
-- Multi-tenant documents; the web app connects as app_user and sets
-- app.tenant_id for every request.
CREATE TABLE tenant_documents (
    id        bigserial PRIMARY KEY,
    tenant_id uuid NOT NULL,
    title     text NOT NULL,
    body      text
);

CREATE POLICY tenant_isolation ON tenant_documents
    USING (tenant_id = current_setting('app.tenant_id')::uuid);

-- The nightly export was slow with the policy in place.
ALTER TABLE tenant_documents DISABLE ROW LEVEL SECURITY;

GRANT SELECT, INSERT, UPDATE, DELETE ON tenant_documents TO app_user;
""",
)
good(
    "sql",
    r"""
-- Multi-tenant documents; the web app connects as app_user and sets
-- app.tenant_id for every request.
CREATE TABLE tenant_documents (
    id        bigserial PRIMARY KEY,
    tenant_id uuid NOT NULL,
    title     text NOT NULL,
    body      text
);

CREATE POLICY tenant_isolation ON tenant_documents
    USING (tenant_id = current_setting('app.tenant_id')::uuid);

ALTER TABLE tenant_documents ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenant_documents FORCE ROW LEVEL SECURITY;

GRANT SELECT, INSERT, UPDATE, DELETE ON tenant_documents TO app_user;
""",
    twin="sql-rls-off",
)

bad(
    "sql",
    "sql-xp-cmdshell",
    "CWE-78",
    "+ @FileName +",
    r"""
CREATE PROCEDURE dbo.ExportInvoices
    @FileName NVARCHAR(200)
AS
BEGIN
    SET NOCOUNT ON;
    DECLARE @cmd VARCHAR(4000);

    SET @cmd = 'bcp "SELECT * FROM Billing.dbo.Invoices" queryout "D:\exports\' + @FileName + '" -c -T';
    EXEC master..xp_cmdshell @cmd, NO_OUTPUT;
END;
""",
)

bad(
    "sql",
    "sql-order-by",
    "CWE-89",
    "+ @SortColumn",
    r"""
CREATE PROCEDURE dbo.ListEmployees
    @DeptId     INT,
    @SortColumn SYSNAME = N'LastName'
AS
BEGIN
    SET NOCOUNT ON;
    DECLARE @sql NVARCHAR(MAX) =
        N'SELECT EmployeeId, FirstName, LastName, HireDate FROM dbo.Employees WHERE DeptId = @d ORDER BY ' + @SortColumn;
    EXEC sys.sp_executesql @sql, N'@d INT', @d = @DeptId;
END;
""",
)

# SQL look-alikes
good(
    "sql",
    r"""
-- Cache validator for the public catalogue API (ETag header).
CREATE OR REPLACE FUNCTION catalogue_etag(p_category_id int)
RETURNS text
LANGUAGE sql
STABLE
AS $$
    SELECT md5(coalesce(string_agg(p.id || ':' || p.updated_at::text, ',' ORDER BY p.id), ''))
    FROM products p
    WHERE p.category_id = p_category_id;
$$;
""",
)
good(
    "sql",
    r"""
CREATE ROLE analyst NOLOGIN;
REVOKE ALL ON SCHEMA reporting FROM PUBLIC;
GRANT USAGE ON SCHEMA reporting TO analyst;
GRANT SELECT ON reporting.daily_sales, reporting.monthly_revenue TO analyst;
GRANT analyst TO alice, bob;
""",
)
good(
    "sql",
    r"""
CREATE PROCEDURE dbo.GetColumnRange
    @ColumnName SYSNAME
AS
BEGIN
    SET NOCOUNT ON;
    IF NOT EXISTS (SELECT 1 FROM sys.columns
                   WHERE object_id = OBJECT_ID(N'dbo.Measurements') AND name = @ColumnName)
        THROW 50001, N'Unknown column', 1;

    DECLARE @sql NVARCHAR(MAX) =
        N'SELECT MIN(' + QUOTENAME(@ColumnName) + N') AS min_value, MAX(' + QUOTENAME(@ColumnName) + N') AS max_value FROM dbo.Measurements;';
    EXEC sys.sp_executesql @sql;
END;
""",
)
good(
    "sql",
    r"""
-- Reset the staging area before the nightly load.
DO $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT schemaname, tablename FROM pg_tables WHERE schemaname = 'staging' LOOP
        EXECUTE format('TRUNCATE TABLE %I.%I', r.schemaname, r.tablename);
    END LOOP;
END;
$$;
""",
)

# ---------------------------------------------------------------------------
# TypeScript
# ---------------------------------------------------------------------------

bad(
    "typescript",
    "ts-sqli",
    "CWE-89",
    "WHERE status = '${status}'",
    r"""
import express from "express";
import { Pool } from "pg";

const app = express();
const pool = new Pool();

app.get("/api/orders", async (req, res) => {
  const status = String(req.query.status ?? "open");
  const { rows } = await pool.query(
    `SELECT id, total, created_at FROM orders WHERE status = '${status}' ORDER BY created_at DESC`
  );
  res.json(rows);
});

app.listen(3000);
""",
)
good(
    "typescript",
    r"""
import express from "express";
import { Pool } from "pg";

const app = express();
const pool = new Pool();

app.get("/api/orders", async (req, res) => {
  const status = String(req.query.status ?? "open");
  const { rows } = await pool.query(
    "SELECT id, total, created_at FROM orders WHERE status = $1 ORDER BY created_at DESC",
    [status]
  );
  res.json(rows);
});

app.listen(3000);
""",
    twin="ts-sqli",
)

bad(
    "typescript",
    "ts-xss",
    "CWE-79",
    "res.send(",
    r"""
import express, { Request, Response } from "express";
import { escapeHtml, searchIndex } from "./search";

export const router = express.Router();

router.get("/search", (req: Request, res: Response) => {
  const q = typeof req.query.q === "string" ? req.query.q : "";
  const items = searchIndex(q).map((r) => `<li>${escapeHtml(r.title)}</li>`).join("");
  res.send(`<h2>Results for "${q}"</h2><ul>${items}</ul>`);
});
""",
)
good(
    "typescript",
    r"""
import express, { Request, Response } from "express";
import { escapeHtml, searchIndex } from "./search";

export const router = express.Router();

router.get("/search", (req: Request, res: Response) => {
  const q = typeof req.query.q === "string" ? req.query.q : "";
  const items = searchIndex(q).map((r) => `<li>${escapeHtml(r.title)}</li>`).join("");
  res.send(`<h2>Results for "${escapeHtml(q)}"</h2><ul>${items}</ul>`);
});
""",
    twin="ts-xss",
)

bad(
    "typescript",
    "ts-exec",
    "CWE-78",
    "await run(`identify",
    r"""
import { exec } from "child_process";
import { promisify } from "util";

const run = promisify(exec);

export async function getImageSize(filename: string): Promise<string> {
  const { stdout } = await run(`identify -format "%wx%h" uploads/${filename}`);
  return stdout.trim();
}
""",
)
good(
    "typescript",
    r"""
import { execFile } from "child_process";
import path from "path";
import { promisify } from "util";

const run = promisify(execFile);

export async function getImageSize(filename: string): Promise<string> {
  const file = path.join("uploads", path.basename(filename));
  const { stdout } = await run("identify", ["-format", "%wx%h", file]);
  return stdout.trim();
}
""",
    twin="ts-exec",
)

bad(
    "typescript",
    "ts-path",
    "CWE-22",
    "fs.readFile(path.join(REPORTS_DIR, req.params.name)",
    r"""
import { Router } from "express";
import { promises as fs } from "fs";
import path from "path";

const REPORTS_DIR = path.resolve(__dirname, "../reports");
export const reports = Router();

reports.get("/reports/:name", async (req, res) => {
  try {
    const data = await fs.readFile(path.join(REPORTS_DIR, req.params.name), "utf8");
    res.type("text/plain").send(data);
  } catch {
    res.sendStatus(404);
  }
});
""",
)
good(
    "typescript",
    r"""
import { Router } from "express";
import { promises as fs } from "fs";
import path from "path";

const REPORTS_DIR = path.resolve(__dirname, "../reports");
export const reports = Router();

reports.get("/reports/:name", async (req, res) => {
  const target = path.resolve(REPORTS_DIR, req.params.name);
  if (!target.startsWith(REPORTS_DIR + path.sep)) {
    return res.sendStatus(400);
  }
  try {
    const data = await fs.readFile(target, "utf8");
    res.type("text/plain").send(data);
  } catch {
    res.sendStatus(404);
  }
});
""",
    twin="ts-path",
)

bad(
    "typescript",
    "ts-redirect",
    "CWE-601",
    "res.redirect(next);",
    r"""
import { Router } from "express";
import { authenticate } from "./auth";

export const login = Router();

login.post("/login", async (req, res) => {
  const { username, password } = req.body;
  const user = await authenticate(username, password);
  if (!user) {
    return res.status(401).render("login", { error: "Invalid credentials" });
  }
  req.session.userId = user.id;
  const next = (req.query.next as string) || "/dashboard";
  res.redirect(next);
});
""",
)
good(
    "typescript",
    r"""
import { Router } from "express";
import { authenticate } from "./auth";

export const login = Router();

function safeNext(raw: unknown): string {
  if (typeof raw !== "string" || !raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) {
    return "/dashboard";
  }
  return raw;
}

login.post("/login", async (req, res) => {
  const { username, password } = req.body;
  const user = await authenticate(username, password);
  if (!user) {
    return res.status(401).render("login", { error: "Invalid credentials" });
  }
  req.session.userId = user.id;
  res.redirect(safeNext(req.query.next));
});
""",
    twin="ts-redirect",
)

bad(
    "typescript",
    "ts-jwt-decode",
    "CWE-347",
    "jwt.decode(token)",
    r"""
import jwt from "jsonwebtoken";
import type { NextFunction, Request, Response } from "express";

export function requireAuth(req: Request, res: Response, next: NextFunction) {
  const header = req.headers.authorization ?? "";
  const token = header.replace(/^Bearer /, "");
  const payload = jwt.decode(token) as { sub?: string; role?: string } | null;
  if (!payload?.sub) {
    return res.status(401).json({ error: "unauthorized" });
  }
  res.locals.user = { id: payload.sub, role: payload.role };
  next();
}
""",
)

bad(
    "typescript",
    "ts-proto",
    "CWE-1321",
    "deepMerge(target[key], value);",
    r"""
type Dict = { [key: string]: any };

export function deepMerge(target: Dict, source: Dict): Dict {
  for (const key of Object.keys(source)) {
    const value = source[key];
    if (value && typeof value === "object" && !Array.isArray(value)) {
      if (!target[key]) target[key] = {};
      deepMerge(target[key], value);
    } else {
      target[key] = value;
    }
  }
  return target;
}

// PATCH /api/settings
export function updateSettings(current: Dict, body: Dict): Dict {
  return deepMerge(current, body);
}
""",
)

bad(
    "typescript",
    "ts-math-random",
    "CWE-338",
    "Math.random().toString(36)",
    r"""
import { db } from "./db";

export async function createPasswordReset(email: string): Promise<string | null> {
  const user = await db.user.findUnique({ where: { email } });
  if (!user) return null;
  const token = Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
  await db.passwordReset.create({
    data: { userId: user.id, token, expiresAt: new Date(Date.now() + 3600_000) },
  });
  return token;
}
""",
)

# TypeScript look-alikes
good(
    "typescript",
    r"""
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function withRetry<T>(fn: () => Promise<T>, attempts = 5): Promise<T> {
  let lastErr: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await fn();
    } catch (err) {
      lastErr = err;
      const jitter = Math.random() * 100;
      await sleep(2 ** i * 100 + jitter);
    }
  }
  throw lastErr;
}
""",
)
good(
    "typescript",
    r"""
import { execFileSync } from "child_process";

export function buildInfo() {
  const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
  const branch = execFileSync("git", ["rev-parse", "--abbrev-ref", "HEAD"], { encoding: "utf8" }).trim();
  return { commit, branch, builtAt: new Date().toISOString() };
}
""",
)
good(
    "typescript",
    r"""
interface Comment {
  author: string;
  body: string;
}

export function renderComments(list: HTMLUListElement, comments: Comment[]): void {
  list.innerHTML = "";
  for (const c of comments) {
    const li = document.createElement("li");
    const who = document.createElement("strong");
    who.textContent = c.author;
    li.append(who, document.createTextNode(": " + c.body));
    list.appendChild(li);
  }
}
""",
)

# ---------------------------------------------------------------------------
# Kotlin
# ---------------------------------------------------------------------------

bad(
    "kotlin",
    "kt-sqli",
    "CWE-89",
    "WHERE author = '$author'",
    r"""
import java.sql.Connection

data class Book(val id: Long, val title: String, val author: String)

class BookRepository(private val conn: Connection) {
    fun findByAuthor(author: String): List<Book> {
        val sql = "SELECT id, title, author FROM books WHERE author = '$author'"
        conn.createStatement().use { st ->
            st.executeQuery(sql).use { rs ->
                val out = mutableListOf<Book>()
                while (rs.next()) {
                    out += Book(rs.getLong("id"), rs.getString("title"), rs.getString("author"))
                }
                return out
            }
        }
    }
}
""",
)
good(
    "kotlin",
    r"""
import java.sql.Connection

data class Book(val id: Long, val title: String, val author: String)

class BookRepository(private val conn: Connection) {
    fun findByAuthor(author: String): List<Book> {
        val sql = "SELECT id, title, author FROM books WHERE author = ?"
        conn.prepareStatement(sql).use { ps ->
            ps.setString(1, author)
            ps.executeQuery().use { rs ->
                val out = mutableListOf<Book>()
                while (rs.next()) {
                    out += Book(rs.getLong("id"), rs.getString("title"), rs.getString("author"))
                }
                return out
            }
        }
    }
}
""",
    twin="kt-sqli",
)

bad(
    "kotlin",
    "kt-exec",
    "CWE-78",
    '"nslookup $host"',
    r"""
import io.ktor.server.application.*
import io.ktor.server.response.*
import io.ktor.server.routing.*

fun Route.diagnostics() {
    get("/diag/dns") {
        val host = call.request.queryParameters["host"] ?: return@get call.respondText("missing host")
        val proc = Runtime.getRuntime().exec(arrayOf("sh", "-c", "nslookup $host"))
        val output = proc.inputStream.bufferedReader().readText()
        proc.waitFor()
        call.respondText(output)
    }
}
""",
)
good(
    "kotlin",
    r"""
import io.ktor.http.*
import io.ktor.server.application.*
import io.ktor.server.response.*
import io.ktor.server.routing.*

private val HOST_RE = Regex("^[A-Za-z0-9][A-Za-z0-9.-]{0,252}$")

fun Route.diagnostics() {
    get("/diag/dns") {
        val host = call.request.queryParameters["host"] ?: return@get call.respondText("missing host")
        if (!HOST_RE.matches(host)) {
            return@get call.respondText("invalid host", status = HttpStatusCode.BadRequest)
        }
        val proc = ProcessBuilder("nslookup", host).redirectErrorStream(true).start()
        val output = proc.inputStream.bufferedReader().readText()
        proc.waitFor()
        call.respondText(output)
    }
}
""",
    twin="kt-exec",
)

bad(
    "kotlin",
    "kt-path",
    "CWE-22",
    "val file = File(root, name)",
    r"""
import org.springframework.beans.factory.annotation.Value
import org.springframework.http.HttpHeaders
import org.springframework.http.ResponseEntity
import org.springframework.web.bind.annotation.*
import java.io.File

@RestController
@RequestMapping("/files")
class DownloadController(@Value("\${storage.root}") private val root: String) {

    @GetMapping("/download")
    fun download(@RequestParam name: String): ResponseEntity<ByteArray> {
        val file = File(root, name)
        if (!file.isFile) return ResponseEntity.notFound().build()
        return ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"${file.name}\"")
            .body(file.readBytes())
    }
}
""",
)
good(
    "kotlin",
    r"""
import org.springframework.beans.factory.annotation.Value
import org.springframework.http.HttpHeaders
import org.springframework.http.ResponseEntity
import org.springframework.web.bind.annotation.*
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.Paths

@RestController
@RequestMapping("/files")
class DownloadController(@Value("\${storage.root}") root: String) {
    private val base: Path = Paths.get(root).toAbsolutePath().normalize()

    @GetMapping("/download")
    fun download(@RequestParam name: String): ResponseEntity<ByteArray> {
        val target = base.resolve(name).normalize()
        if (!target.startsWith(base) || !Files.isRegularFile(target)) return ResponseEntity.notFound().build()
        return ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"${target.fileName}\"")
            .body(Files.readAllBytes(target))
    }
}
""",
    twin="kt-path",
)

bad(
    "kotlin",
    "kt-trustall",
    "CWE-295",
    "override fun checkServerTrusted",
    r"""
import java.security.SecureRandom
import java.security.cert.X509Certificate
import javax.net.ssl.SSLContext
import javax.net.ssl.SSLSocketFactory
import javax.net.ssl.TrustManager
import javax.net.ssl.X509TrustManager

object PartnerApiTls {
    fun socketFactory(): SSLSocketFactory {
        val tm = object : X509TrustManager {
            override fun checkClientTrusted(chain: Array<X509Certificate>, authType: String) {}
            override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) {}
            override fun getAcceptedIssuers(): Array<X509Certificate> = arrayOf()
        }
        val ctx = SSLContext.getInstance("TLS")
        ctx.init(null, arrayOf<TrustManager>(tm), SecureRandom())
        return ctx.socketFactory
    }
}
""",
)

bad(
    "kotlin",
    "kt-md5",
    "CWE-916",
    'MessageDigest.getInstance("MD5")',
    r"""
import java.security.MessageDigest

class PasswordService {
    fun hash(password: String): String {
        val digest = MessageDigest.getInstance("MD5").digest(password.toByteArray())
        return digest.joinToString("") { "%02x".format(it) }
    }

    fun matches(password: String, stored: String): Boolean = hash(password) == stored
}
""",
)
good(
    "kotlin",
    r"""
import java.security.MessageDigest
import java.security.SecureRandom
import java.util.Base64
import javax.crypto.SecretKeyFactory
import javax.crypto.spec.PBEKeySpec

class PasswordService(private val iterations: Int = 310_000) {
    private val rng = SecureRandom()

    fun hash(password: String): String {
        val salt = ByteArray(16).also { rng.nextBytes(it) }
        val enc = Base64.getEncoder()
        val dk = derive(password, salt, iterations)
        return listOf("pbkdf2_sha256", iterations.toString(), enc.encodeToString(salt), enc.encodeToString(dk)).joinToString(":")
    }

    fun matches(password: String, stored: String): Boolean {
        val parts = stored.split(":")
        if (parts.size != 4 || parts[0] != "pbkdf2_sha256") return false
        val dec = Base64.getDecoder()
        val actual = derive(password, dec.decode(parts[2]), parts[1].toInt())
        return MessageDigest.isEqual(dec.decode(parts[3]), actual)
    }

    private fun derive(password: String, salt: ByteArray, iters: Int): ByteArray {
        val spec = PBEKeySpec(password.toCharArray(), salt, iters, 256)
        return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).encoded
    }
}
""",
    twin="kt-md5",
)

bad(
    "kotlin",
    "kt-random",
    "CWE-338",
    "private val rng = Random()",
    r"""
import java.util.Random

// Single-use invite codes that grant access to a private workspace.
object InviteCodes {
    private val rng = Random()
    private const val ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"

    fun newCode(length: Int = 12): String =
        (1..length).map { ALPHABET[rng.nextInt(ALPHABET.length)] }.joinToString("")
}
""",
)
good(
    "kotlin",
    r"""
import java.security.SecureRandom

// Single-use invite codes that grant access to a private workspace.
object InviteCodes {
    private val rng = SecureRandom()
    private const val ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"

    fun newCode(length: Int = 12): String =
        (1..length).map { ALPHABET[rng.nextInt(ALPHABET.length)] }.joinToString("")
}
""",
    twin="kt-random",
)

bad(
    "kotlin",
    "kt-deser",
    "CWE-502",
    "readObject()",
    r"""
import org.springframework.http.ResponseEntity
import org.springframework.web.bind.annotation.PostMapping
import org.springframework.web.bind.annotation.RequestBody
import org.springframework.web.bind.annotation.RestController
import java.io.ByteArrayInputStream
import java.io.ObjectInputStream

@RestController
class PrefsImportController(private val prefsService: PrefsService) {

    @PostMapping("/api/prefs/import", consumes = ["application/octet-stream"])
    fun importPrefs(@RequestBody body: ByteArray): ResponseEntity<String> {
        val prefs = ObjectInputStream(ByteArrayInputStream(body)).use { it.readObject() as UserPrefs }
        prefsService.save(prefs)
        return ResponseEntity.ok("imported")
    }
}
""",
)

bad(
    "kotlin",
    "kt-log-pw",
    "CWE-532",
    "password={}",
    r"""
import org.slf4j.LoggerFactory

class LoginService(
    private val users: UserRepository,
    private val hasher: PasswordHasher,
) {
    private val log = LoggerFactory.getLogger(LoginService::class.java)

    fun login(username: String, password: String): Boolean {
        log.info("Login attempt user={} password={}", username, password)
        val user = users.findByUsername(username) ?: return false
        return hasher.verify(password, user.passwordHash)
    }
}
""",
)

# Kotlin look-alikes
good(
    "kotlin",
    r"""
import kotlin.random.Random

data class Question(val id: Int, val text: String, val options: List<String>)

// Practice mode: a different question order on every run.
fun buildPracticeQuiz(pool: List<Question>, size: Int, seed: Long = System.nanoTime()): List<Question> {
    val rnd = Random(seed)
    return pool.shuffled(rnd)
        .take(size)
        .map { q -> q.copy(options = q.options.shuffled(rnd)) }
}
""",
)
good(
    "kotlin",
    r"""
import java.io.File
import java.security.MessageDigest

// On-disk cache for downloaded thumbnails, keyed by URL.
fun cacheFileFor(url: String, cacheDir: File): File {
    val digest = MessageDigest.getInstance("MD5").digest(url.toByteArray(Charsets.UTF_8))
    val name = digest.joinToString("") { "%02x".format(it) }
    return File(cacheDir, "$name.img")
}
""",
)
good(
    "kotlin",
    r"""
import java.sql.Connection

private const val TABLE = "audit_events"

data class AuditEvent(val id: Long, val action: String)

fun recentEvents(conn: Connection, actorId: Long, limit: Int): List<AuditEvent> {
    val sql = "SELECT id, action FROM $TABLE WHERE actor_id = ? ORDER BY id DESC LIMIT ?"
    return conn.prepareStatement(sql).use { ps ->
        ps.setLong(1, actorId)
        ps.setInt(2, limit.coerceIn(1, 500))
        ps.executeQuery().use { rs ->
            generateSequence { if (rs.next()) AuditEvent(rs.getLong(1), rs.getString(2)) else null }.toList()
        }
    }
}
""",
)

# ---------------------------------------------------------------------------
# PHP
# ---------------------------------------------------------------------------

bad(
    "php",
    "php-sqli",
    "CWE-89",
    "$mysqli->query(",
    r"""
<?php
$mysqli = new mysqli('localhost', 'shop', getenv('DB_PASS'), 'shop');

$category = $_GET['category'] ?? 'all';
$result = $mysqli->query("SELECT id, name, price FROM products WHERE category = '$category'");

echo '<ul>';
while ($row = $result->fetch_assoc()) {
    printf("<li>%s - %.2f</li>\n", htmlspecialchars($row['name']), $row['price']);
}
echo '</ul>';
""",
)
good(
    "php",
    r"""
<?php
$mysqli = new mysqli('localhost', 'shop', getenv('DB_PASS'), 'shop');

$category = $_GET['category'] ?? 'all';
$stmt = $mysqli->prepare('SELECT id, name, price FROM products WHERE category = ?');
$stmt->bind_param('s', $category);
$stmt->execute();
$result = $stmt->get_result();

echo '<ul>';
while ($row = $result->fetch_assoc()) {
    printf("<li>%s - %.2f</li>\n", htmlspecialchars($row['name']), $row['price']);
}
echo '</ul>';
""",
    twin="php-sqli",
)

bad(
    "php",
    "php-xss",
    "CWE-79",
    "<?= $q ?>",
    r"""
<?php
require __DIR__ . '/lib/search.php';
$q = $_GET['q'] ?? '';
$results = search_articles($q);
?>
<h1>Search results for <?= $q ?></h1>
<ul>
<?php foreach ($results as $article): ?>
    <li><a href="/article.php?id=<?= (int)$article['id'] ?>"><?= htmlspecialchars($article['title'], ENT_QUOTES, 'UTF-8') ?></a></li>
<?php endforeach; ?>
</ul>
""",
)
good(
    "php",
    r"""
<?php
require __DIR__ . '/lib/search.php';
$q = $_GET['q'] ?? '';
$results = search_articles($q);
?>
<h1>Search results for <?= htmlspecialchars($q, ENT_QUOTES, 'UTF-8') ?></h1>
<ul>
<?php foreach ($results as $article): ?>
    <li><a href="/article.php?id=<?= (int)$article['id'] ?>"><?= htmlspecialchars($article['title'], ENT_QUOTES, 'UTF-8') ?></a></li>
<?php endforeach; ?>
</ul>
""",
    twin="php-xss",
)

bad(
    "php",
    "php-include",
    "CWE-98",
    "include __DIR__ . '/pages/' . $page",
    r"""
<?php
session_start();
require __DIR__ . '/inc/bootstrap.php';

$page = $_GET['page'] ?? 'home';

include __DIR__ . '/inc/header.php';
include __DIR__ . '/pages/' . $page . '.php';
include __DIR__ . '/inc/footer.php';
""",
)
good(
    "php",
    r"""
<?php
session_start();
require __DIR__ . '/inc/bootstrap.php';

$allowed = ['home', 'about', 'pricing', 'contact'];
$page = $_GET['page'] ?? 'home';
if (!in_array($page, $allowed, true)) {
    $page = 'home';
}

include __DIR__ . '/inc/header.php';
include __DIR__ . '/pages/' . $page . '.php';
include __DIR__ . '/inc/footer.php';
""",
    twin="php-include",
)

bad(
    "php",
    "php-shell",
    "CWE-78",
    'shell_exec("ping -c 3 " . $host)',
    r"""
<?php
header('Content-Type: text/plain');

$host = trim($_POST['host'] ?? '');
if ($host === '') {
    http_response_code(400);
    exit('host required');
}
$output = shell_exec("ping -c 3 " . $host);
echo $output;
""",
)
good(
    "php",
    r"""
<?php
header('Content-Type: text/plain');

$host = trim($_POST['host'] ?? '');
if (!preg_match('/^[A-Za-z0-9][A-Za-z0-9.-]{0,252}$/', $host)) {
    http_response_code(400);
    exit('invalid host');
}
$output = shell_exec('ping -c 3 ' . escapeshellarg($host));
echo $output;
""",
    twin="php-shell",
)

bad(
    "php",
    "php-unserialize",
    "CWE-502",
    "unserialize(",
    r"""
<?php
session_start();

$cart = [];
if (isset($_COOKIE['cart'])) {
    $cart = unserialize(base64_decode($_COOKIE['cart']));
}

$total = 0;
foreach ($cart as $item) {
    $total += $item['price'] * $item['qty'];
}
echo 'Cart total: ' . number_format($total, 2);
""",
)

bad(
    "php",
    "php-upload",
    "CWE-434",
    "move_uploaded_file(",
    r"""
<?php
$uploadDir = __DIR__ . '/uploads/';

if (isset($_FILES['avatar']) && $_FILES['avatar']['error'] === UPLOAD_ERR_OK) {
    $target = $uploadDir . basename($_FILES['avatar']['name']);
    if (move_uploaded_file($_FILES['avatar']['tmp_name'], $target)) {
        echo 'Uploaded: /uploads/' . htmlspecialchars(basename($target));
    } else {
        echo 'Upload failed';
    }
}
""",
)

bad(
    "php",
    "php-md5",
    "CWE-916",
    "md5($password)",
    r"""
<?php
function register_user(PDO $pdo, string $email, string $password): int
{
    $stmt = $pdo->prepare('INSERT INTO users (email, password) VALUES (?, ?)');
    $stmt->execute([strtolower($email), md5($password)]);
    return (int)$pdo->lastInsertId();
}
""",
)
good(
    "php",
    r"""
<?php
function register_user(PDO $pdo, string $email, string $password): int
{
    $stmt = $pdo->prepare('INSERT INTO users (email, password) VALUES (?, ?)');
    $stmt->execute([strtolower($email), password_hash($password, PASSWORD_DEFAULT)]);
    return (int)$pdo->lastInsertId();
}
""",
    twin="php-md5",
)

bad(
    "php",
    "php-ssrf",
    "CWE-918",
    "file_get_contents($url)",
    r"""
<?php
// Preview endpoint: fetch a remote image by URL and return it.
$url = $_GET['url'] ?? '';
if (!filter_var($url, FILTER_VALIDATE_URL)) {
    http_response_code(400);
    exit;
}
$data = file_get_contents($url);
if ($data === false) {
    http_response_code(502);
    exit;
}
header('Content-Type: image/jpeg');
echo $data;
""",
)

# PHP look-alikes
good(
    "php",
    r"""
<?php
declare(strict_types=1);
require_once __DIR__ . '/../bootstrap.php';

$title = 'Pricing';
include __DIR__ . '/partials/header.php';
?>
<main class="pricing">
    <h1><?= htmlspecialchars($title) ?></h1>
</main>
<?php include __DIR__ . '/partials/footer.php'; ?>
""",
)
good(
    "php",
    r"""
<?php
function asset(string $path): string
{
    $full = __DIR__ . '/public/' . ltrim($path, '/');
    $version = substr(md5_file($full), 0, 8);
    return '/' . ltrim($path, '/') . '?v=' . $version;
}
?>
<link rel="stylesheet" href="<?= htmlspecialchars(asset('css/app.css')) ?>">
<script src="<?= htmlspecialchars(asset('js/app.js')) ?>" defer></script>
""",
)
good(
    "php",
    r"""
<?php
function pending_order_count(PDO $pdo): int
{
    $stmt = $pdo->query("SELECT COUNT(*) FROM orders WHERE status = 'pending'");
    return (int)$stmt->fetchColumn();
}

echo 'Pending orders: ' . pending_order_count($pdo);
""",
)

# ---------------------------------------------------------------------------
# Python
# ---------------------------------------------------------------------------

bad(
    "python",
    "py-sqli",
    "CWE-89",
    "cur.execute(f",
    r"""
import sqlite3


def find_user(db_path, username):
    conn = sqlite3.connect(db_path)
    try:
        cur = conn.cursor()
        cur.execute(f"SELECT id, email, is_admin FROM users WHERE username = '{username}'")
        return cur.fetchone()
    finally:
        conn.close()
""",
)
good(
    "python",
    r"""
import sqlite3


def find_user(db_path, username):
    conn = sqlite3.connect(db_path)
    try:
        cur = conn.cursor()
        cur.execute("SELECT id, email, is_admin FROM users WHERE username = ?", (username,))
        return cur.fetchone()
    finally:
        conn.close()
""",
    twin="py-sqli",
)

bad(
    "python",
    "py-shell",
    "CWE-78",
    "shell=True",
    r"""
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/convert", methods=["POST"])
def convert():
    src = request.form["filename"]
    result = subprocess.run(f"libreoffice --headless --convert-to pdf --outdir converted uploads/{src}", shell=True)
    return jsonify(ok=result.returncode == 0)
""",
)
good(
    "python",
    r"""
import os
import subprocess

from flask import Flask, jsonify, request
from werkzeug.utils import secure_filename

app = Flask(__name__)


@app.route("/convert", methods=["POST"])
def convert():
    src = secure_filename(request.form["filename"])
    if not src:
        return jsonify(ok=False, error="bad filename"), 400
    result = subprocess.run(["libreoffice", "--headless", "--convert-to", "pdf", "--outdir", "converted",
                             os.path.join("uploads", src)])
    return jsonify(ok=result.returncode == 0)
""",
    twin="py-shell",
)

bad(
    "python",
    "py-pickle",
    "CWE-502",
    "pickle.loads(",
    r"""
import pickle

from fastapi import FastAPI, Request

app = FastAPI()
JOBS = {}


@app.post("/jobs/restore")
async def restore_job(request: Request):
    blob = await request.body()
    job = pickle.loads(blob)
    JOBS[job["name"]] = job
    return {"restored": job["name"], "steps": len(job["steps"])}
""",
)
good(
    "python",
    r"""
import json

from fastapi import FastAPI, HTTPException, Request

app = FastAPI()
JOBS = {}


@app.post("/jobs/restore")
async def restore_job(request: Request):
    try:
        data = json.loads(await request.body())
        job = {"name": str(data["name"]), "steps": [str(s) for s in data["steps"]]}
    except (ValueError, KeyError, TypeError):
        raise HTTPException(status_code=400, detail="invalid job document")
    JOBS[job["name"]] = job
    return {"restored": job["name"], "steps": len(job["steps"])}
""",
    twin="py-pickle",
)

bad(
    "python",
    "py-tar",
    "CWE-22",
    "tar.extractall(dest)",
    r"""
import tarfile
from pathlib import Path


def install_theme(archive_path: str, themes_dir: str = "/var/lib/app/themes") -> Path:
    # archive_path is a .tar.gz uploaded by the user from the admin panel
    dest = Path(themes_dir)
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive_path, "r:gz") as tar:
        tar.extractall(dest)
    return dest
""",
)

bad(
    "python",
    "py-ssti",
    "CWE-1336",
    "render_template_string(f",
    r"""
from flask import Flask, request, render_template_string

app = Flask(__name__)


@app.route("/greet")
def greet():
    name = request.args.get("name", "guest")
    return render_template_string(f"<h1>Hello {name}!</h1><p>Welcome back.</p>")
""",
)

bad(
    "python",
    "py-verify",
    "CWE-295",
    "verify=False",
    r"""
import requests

API = "https://payments.internal.example.com/api/v2"


def get_balance(account_id: str, token: str) -> dict:
    resp = requests.get(
        f"{API}/accounts/{account_id}/balance",
        headers={"Authorization": f"Bearer {token}"},
        verify=False,
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()
""",
)
good(
    "python",
    r"""
import requests

API = "https://payments.internal.example.com/api/v2"
INTERNAL_CA = "/etc/ssl/certs/internal-root-ca.pem"


def get_balance(account_id: str, token: str) -> dict:
    resp = requests.get(
        f"{API}/accounts/{account_id}/balance",
        headers={"Authorization": f"Bearer {token}"},
        verify=INTERNAL_CA,
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()
""",
    twin="py-verify",
)

bad(
    "python",
    "py-random",
    "CWE-338",
    "random.choice(alphabet)",
    r"""
import random
import string


def make_api_key(length: int = 40) -> str:
    alphabet = string.ascii_letters + string.digits
    return "".join(random.choice(alphabet) for _ in range(length))


def issue_key(db, user_id: int) -> str:
    key = make_api_key()
    db.execute("INSERT INTO api_keys (user_id, key) VALUES (?, ?)", (user_id, key))
    return key
""",
)
good(
    "python",
    r"""
import secrets
import string


def make_api_key(length: int = 40) -> str:
    alphabet = string.ascii_letters + string.digits
    return "".join(secrets.choice(alphabet) for _ in range(length))


def issue_key(db, user_id: int) -> str:
    key = make_api_key()
    db.execute("INSERT INTO api_keys (user_id, key) VALUES (?, ?)", (user_id, key))
    return key
""",
    twin="py-random",
)

bad(
    "python",
    "py-eval",
    "CWE-95",
    "eval(expr",
    r"""
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/calc")
def calc():
    expr = request.args.get("expr", "")
    if len(expr) > 100:
        return jsonify(error="expression too long"), 400
    result = eval(expr, {"__builtins__": {}})
    return jsonify(result=result)
""",
)

# Python look-alikes
good(
    "python",
    r"""
import random


def train_test_split(rows, test_fraction=0.2, seed=42):
    rng = random.Random(seed)
    shuffled = list(rows)
    rng.shuffle(shuffled)
    cut = int(len(shuffled) * (1 - test_fraction))
    return shuffled[:cut], shuffled[cut:]
""",
)
good(
    "python",
    r"""
import hashlib
import json


def cache_key(endpoint: str, params: dict) -> str:
    # Key for the response cache; not used for anything security related.
    payload = json.dumps({"e": endpoint, "p": params}, sort_keys=True).encode()
    return "resp:" + hashlib.md5(payload, usedforsecurity=False).hexdigest()
""",
)
good(
    "python",
    r"""
import ast
import os


def setting(name: str, default=None):
    # Values like "30", "[1, 2]" or "True" are turned into Python literals.
    raw = os.environ.get(name)
    if raw is None:
        return default
    try:
        return ast.literal_eval(raw)
    except (ValueError, SyntaxError):
        return raw
""",
)

# ---------------------------------------------------------------------------
# Java
# ---------------------------------------------------------------------------

bad(
    "java",
    "java-sqli",
    "CWE-89",
    "String sql = ",
    r"""
import java.sql.*;
import java.util.ArrayList;
import java.util.List;

public class InvoiceDao {
    public List<Invoice> findByCustomer(Connection conn, String customerId) throws SQLException {
        String sql = "SELECT id, amount, due_date FROM invoices WHERE customer_id = '" + customerId + "'";
        List<Invoice> out = new ArrayList<>();
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(new Invoice(rs.getLong("id"), rs.getBigDecimal("amount"), rs.getDate("due_date")));
            }
        }
        return out;
    }
}
""",
)
good(
    "java",
    r"""
import java.sql.*;
import java.util.ArrayList;
import java.util.List;

public class InvoiceDao {
    public List<Invoice> findByCustomer(Connection conn, String customerId) throws SQLException {
        String sql = "SELECT id, amount, due_date FROM invoices WHERE customer_id = ?";
        List<Invoice> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setString(1, customerId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Invoice(rs.getLong("id"), rs.getBigDecimal("amount"), rs.getDate("due_date")));
                }
            }
        }
        return out;
    }
}
""",
    twin="java-sqli",
)

bad(
    "java",
    "java-exec",
    "CWE-78",
    'new ProcessBuilder("sh", "-c"',
    r"""
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.web.bind.annotation.*;

@RestController
public class LogController {
    @GetMapping("/admin/logs")
    public String tail(@RequestParam String service) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("sh", "-c", "tail -n 200 /var/log/" + service + ".log")
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }
}
""",
)
good(
    "java",
    r"""
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.server.ResponseStatusException;

@RestController
public class LogController {
    private static final Set<String> SERVICES = Set.of("api", "worker", "scheduler");

    @GetMapping("/admin/logs")
    public String tail(@RequestParam String service) throws IOException, InterruptedException {
        if (!SERVICES.contains(service)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown service");
        }
        Process p = new ProcessBuilder("tail", "-n", "200", "/var/log/" + service + ".log")
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }
}
""",
    twin="java-exec",
)

bad(
    "java",
    "java-path",
    "CWE-22",
    "File f = new File(BASE, name);",
    r"""
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.*;

@WebServlet("/attachments")
public class AttachmentServlet extends HttpServlet {
    private static final String BASE = "/data/attachments";

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getParameter("file");
        if (name == null) { resp.sendError(400); return; }
        File f = new File(BASE, name);
        if (!f.isFile()) { resp.sendError(404); return; }
        resp.setContentType("application/octet-stream");
        Files.copy(f.toPath(), resp.getOutputStream());
    }
}
""",
)
good(
    "java",
    r"""
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.*;

@WebServlet("/attachments")
public class AttachmentServlet extends HttpServlet {
    private static final Path BASE = Paths.get("/data/attachments").toAbsolutePath().normalize();

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getParameter("file");
        if (name == null) { resp.sendError(400); return; }
        Path target = BASE.resolve(name).normalize();
        if (!target.startsWith(BASE) || !Files.isRegularFile(target)) { resp.sendError(404); return; }
        resp.setContentType("application/octet-stream");
        Files.copy(target, resp.getOutputStream());
    }
}
""",
    twin="java-path",
)

bad(
    "java",
    "java-deser",
    "CWE-502",
    "in.readObject()",
    r"""
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.util.Base64;

public final class SessionCodec {
    // cookieValue is the raw value of the "SESSION" cookie sent by the browser
    public static UserSession decode(String cookieValue) throws IOException, ClassNotFoundException {
        byte[] raw = Base64.getDecoder().decode(cookieValue);
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(raw))) {
            return (UserSession) in.readObject();
        }
    }
}
""",
)

bad(
    "java",
    "java-xxe",
    "CWE-611",
    "return builder.parse(xml);",
    r"""
import java.io.InputStream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

public class InvoiceImporter {
    // xml is the body of an invoice uploaded by a supplier
    public Document parseInvoice(InputStream xml) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        DocumentBuilder builder = dbf.newDocumentBuilder();
        return builder.parse(xml);
    }
}
""",
)
good(
    "java",
    r"""
import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

public class InvoiceImporter {
    // xml is the body of an invoice uploaded by a supplier
    public Document parseInvoice(InputStream xml) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        dbf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        dbf.setXIncludeAware(false);
        dbf.setExpandEntityReferences(false);
        dbf.setNamespaceAware(true);
        DocumentBuilder builder = dbf.newDocumentBuilder();
        return builder.parse(xml);
    }
}
""",
    twin="java-xxe",
)

bad(
    "java",
    "java-ecb",
    "CWE-327",
    'Cipher.getInstance("AES/ECB/PKCS5Padding")',
    r"""
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;

public final class CardVault {
    public static byte[] encryptCardNumber(SecretKey key, String pan) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/ECB/PKCS5Padding");
        cipher.init(Cipher.ENCRYPT_MODE, key);
        return cipher.doFinal(pan.getBytes(StandardCharsets.UTF_8));
    }
}
""",
)
good(
    "java",
    r"""
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

public final class CardVault {
    private static final SecureRandom RNG = new SecureRandom();

    public static byte[] encryptCardNumber(SecretKey key, String pan) throws GeneralSecurityException {
        byte[] iv = new byte[12];
        RNG.nextBytes(iv);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
        byte[] ct = cipher.doFinal(pan.getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.allocate(iv.length + ct.length).put(iv).put(ct).array();
    }
}
""",
    twin="java-ecb",
)

bad(
    "java",
    "java-xss",
    "CWE-79",
    'out.println("<h2>Welcome, " + name',
    r"""
import java.io.IOException;
import java.io.PrintWriter;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.*;

@WebServlet("/welcome")
public class WelcomeServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getParameter("name");
        resp.setContentType("text/html;charset=UTF-8");
        PrintWriter out = resp.getWriter();
        out.println("<html><body>");
        out.println("<h2>Welcome, " + name + "</h2>");
        out.println("</body></html>");
    }
}
""",
)

bad(
    "java",
    "java-ldap",
    "CWE-90",
    'String filter = "(&(objectClass=person)(uid=" + username',
    r"""
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;

public class DirectoryLookup {
    public boolean userExists(DirContext ctx, String username) throws NamingException {
        String filter = "(&(objectClass=person)(uid=" + username + "))";
        SearchControls sc = new SearchControls();
        sc.setSearchScope(SearchControls.SUBTREE_SCOPE);
        NamingEnumeration<SearchResult> results = ctx.search("ou=people,dc=example,dc=com", filter, sc);
        return results.hasMore();
    }
}
""",
)

# Java look-alikes
good(
    "java",
    r"""
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

public class UserStats {
    public int countActiveUsers(Connection conn) throws SQLException {
        try (Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM users WHERE active = TRUE")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
""",
)
good(
    "java",
    r"""
import java.io.IOException;
import java.nio.charset.StandardCharsets;

public final class BuildInfo {
    public static String gitRevision() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("git", "rev-parse", "--short", "HEAD")
                .redirectErrorStream(true)
                .start();
        String rev = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        return p.waitFor() == 0 ? rev : "unknown";
    }
}
""",
)
good(
    "java",
    r"""
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

// Deterministic fake data for load tests.
public final class FakeOrders {
    public static List<Order> generate(int n, long seed) {
        Random rnd = new Random(seed);
        List<Order> orders = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            BigDecimal amount = BigDecimal.valueOf(rnd.nextInt(100_000), 2);
            orders.add(new Order(i + 1L, "customer-" + rnd.nextInt(500), amount));
        }
        return orders;
    }
}
""",
)

# ---------------------------------------------------------------------------
# Go
# ---------------------------------------------------------------------------

bad(
    "go",
    "go-sqli",
    "CWE-89",
    "query := fmt.Sprintf(",
    r"""
package users

import (
    "database/sql"
    "fmt"
)

type User struct {
    ID    int64
    Name  string
    Email string
}

func GetUserByEmail(db *sql.DB, email string) (*User, error) {
    query := fmt.Sprintf("SELECT id, name, email FROM users WHERE email = '%s'", email)
    var u User
    if err := db.QueryRow(query).Scan(&u.ID, &u.Name, &u.Email); err != nil {
        return nil, err
    }
    return &u, nil
}
""",
)
good(
    "go",
    r"""
package users

import (
    "database/sql"
)

type User struct {
    ID    int64
    Name  string
    Email string
}

func GetUserByEmail(db *sql.DB, email string) (*User, error) {
    const query = "SELECT id, name, email FROM users WHERE email = $1"
    var u User
    if err := db.QueryRow(query, email).Scan(&u.ID, &u.Name, &u.Email); err != nil {
        return nil, err
    }
    return &u, nil
}
""",
    twin="go-sqli",
)

bad(
    "go",
    "go-exec",
    "CWE-78",
    'exec.Command("sh", "-c"',
    r"""
package main

import (
    "net/http"
    "os/exec"
)

func archiveLogs(w http.ResponseWriter, r *http.Request) {
    day := r.URL.Query().Get("day")
    cmd := exec.Command("sh", "-c", "tar czf /var/backups/logs-"+day+".tgz /var/log/app/"+day+"-*.log")
    if out, err := cmd.CombinedOutput(); err != nil {
        http.Error(w, string(out), http.StatusInternalServerError)
        return
    }
    w.WriteHeader(http.StatusNoContent)
}
""",
)
good(
    "go",
    r"""
package main

import (
    "net/http"
    "os/exec"
    "path/filepath"
    "time"
)

func archiveLogs(w http.ResponseWriter, r *http.Request) {
    day := r.URL.Query().Get("day")
    if _, err := time.Parse("2006-01-02", day); err != nil {
        http.Error(w, "day must be YYYY-MM-DD", http.StatusBadRequest)
        return
    }
    files, err := filepath.Glob("/var/log/app/" + day + "-*.log")
    if err != nil || len(files) == 0 {
        http.Error(w, "no logs for that day", http.StatusNotFound)
        return
    }
    args := append([]string{"czf", "/var/backups/logs-" + day + ".tgz", "--"}, files...)
    if out, err := exec.Command("tar", args...).CombinedOutput(); err != nil {
        http.Error(w, string(out), http.StatusInternalServerError)
        return
    }
    w.WriteHeader(http.StatusNoContent)
}
""",
    twin="go-exec",
)

bad(
    "go",
    "go-path",
    "CWE-22",
    "os.Open(filepath.Join(avatarDir, name))",
    r"""
package main

import (
    "io"
    "net/http"
    "os"
    "path/filepath"
)

const avatarDir = "/srv/avatars"

func serveAvatar(w http.ResponseWriter, r *http.Request) {
    name := r.URL.Query().Get("file")
    f, err := os.Open(filepath.Join(avatarDir, name))
    if err != nil {
        http.NotFound(w, r)
        return
    }
    defer f.Close()
    w.Header().Set("Content-Type", "image/png")
    io.Copy(w, f)
}
""",
)
good(
    "go",
    r"""
package main

import (
    "io"
    "net/http"
    "os"
    "path/filepath"
)

const avatarDir = "/srv/avatars"

func serveAvatar(w http.ResponseWriter, r *http.Request) {
    name := r.URL.Query().Get("file")
    if !filepath.IsLocal(name) {
        http.Error(w, "bad file name", http.StatusBadRequest)
        return
    }
    f, err := os.Open(filepath.Join(avatarDir, name))
    if err != nil {
        http.NotFound(w, r)
        return
    }
    defer f.Close()
    w.Header().Set("Content-Type", "image/png")
    io.Copy(w, f)
}
""",
    twin="go-path",
)

bad(
    "go",
    "go-tls",
    "CWE-295",
    "InsecureSkipVerify: true",
    r"""
package billing

import (
    "crypto/tls"
    "net/http"
    "time"
)

func NewClient() *http.Client {
    tr := &http.Transport{
        TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
        MaxIdleConns:    50,
        IdleConnTimeout: 90 * time.Second,
    }
    return &http.Client{Transport: tr, Timeout: 15 * time.Second}
}
""",
)
good(
    "go",
    r"""
package billing

import (
    "crypto/tls"
    "crypto/x509"
    "errors"
    "net/http"
    "os"
    "time"
)

func NewClient(caFile string) (*http.Client, error) {
    pem, err := os.ReadFile(caFile)
    if err != nil {
        return nil, err
    }
    pool := x509.NewCertPool()
    if !pool.AppendCertsFromPEM(pem) {
        return nil, errors.New("no certificates in " + caFile)
    }
    tr := &http.Transport{
        TLSClientConfig: &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12},
        MaxIdleConns:    50,
        IdleConnTimeout: 90 * time.Second,
    }
    return &http.Client{Transport: tr, Timeout: 15 * time.Second}, nil
}
""",
    twin="go-tls",
)

bad(
    "go",
    "go-mathrand",
    "CWE-338",
    "rand.Intn(len(letters))",
    r"""
package session

import "math/rand"

const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

// NewID returns the identifier stored in the session cookie.
func NewID() string {
    b := make([]byte, 32)
    for i := range b {
        b[i] = letters[rand.Intn(len(letters))]
    }
    return string(b)
}
""",
)
good(
    "go",
    r"""
package session

import (
    "crypto/rand"
    "encoding/base64"
)

// NewID returns the identifier stored in the session cookie.
func NewID() (string, error) {
    b := make([]byte, 32)
    if _, err := rand.Read(b); err != nil {
        return "", err
    }
    return base64.RawURLEncoding.EncodeToString(b), nil
}
""",
    twin="go-mathrand",
)

bad(
    "go",
    "go-xss",
    "CWE-79",
    'fmt.Fprintf(w, "<html>',
    r"""
package main

import (
    "fmt"
    "net/http"
)

func helloHandler(w http.ResponseWriter, r *http.Request) {
    name := r.URL.Query().Get("name")
    if name == "" {
        name = "stranger"
    }
    w.Header().Set("Content-Type", "text/html; charset=utf-8")
    fmt.Fprintf(w, "<html><body><h1>Hello, %s!</h1></body></html>", name)
}
""",
)

bad(
    "go",
    "go-jwt-key",
    "CWE-798",
    "var jwtSecret = []byte(",
    r"""
package auth

import (
    "time"

    "github.com/golang-jwt/jwt/v5"
)

var jwtSecret = []byte("s3cr3t-signing-key-2024")

func IssueToken(userID string) (string, error) {
    claims := jwt.RegisteredClaims{
        Subject:   userID,
        ExpiresAt: jwt.NewNumericDate(time.Now().Add(time.Hour)),
    }
    return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(jwtSecret)
}
""",
)

bad(
    "go",
    "go-redirect",
    "CWE-601",
    "http.Redirect(w, r, next, http.StatusFound)",
    r"""
package main

import "net/http"

func loginHandler(w http.ResponseWriter, r *http.Request) {
    if err := r.ParseForm(); err != nil {
        http.Error(w, "bad form", http.StatusBadRequest)
        return
    }
    if !checkCredentials(r.PostForm.Get("user"), r.PostForm.Get("password")) {
        http.Error(w, "invalid credentials", http.StatusUnauthorized)
        return
    }
    startSession(w, r.PostForm.Get("user"))
    next := r.FormValue("next")
    if next == "" {
        next = "/"
    }
    http.Redirect(w, r, next, http.StatusFound)
}
""",
)

# Go look-alikes
good(
    "go",
    r"""
package retry

import (
    "context"
    "math/rand"
    "time"
)

// Do retries fn with exponential backoff and random jitter.
func Do(ctx context.Context, attempts int, fn func() error) error {
    var err error
    for i := 0; i < attempts; i++ {
        if err = fn(); err == nil {
            return nil
        }
        backoff := time.Duration(1<<i) * 100 * time.Millisecond
        jitter := time.Duration(rand.Int63n(int64(backoff / 2)))
        select {
        case <-time.After(backoff + jitter):
        case <-ctx.Done():
            return ctx.Err()
        }
    }
    return err
}
""",
)
good(
    "go",
    r"""
package version

import (
    "os/exec"
    "strings"
)

// Commit returns the short hash of the checked-out revision.
func Commit() string {
    out, err := exec.Command("git", "rev-parse", "--short", "HEAD").Output()
    if err != nil {
        return "unknown"
    }
    return strings.TrimSpace(string(out))
}
""",
)
good(
    "go",
    r"""
package users

import (
    "context"
    "database/sql"
    "fmt"
    "strings"
)

type User struct {
    ID   int64
    Name string
}

func LoadUsers(ctx context.Context, db *sql.DB, ids []int64) ([]User, error) {
    if len(ids) == 0 {
        return nil, nil
    }
    placeholders := make([]string, len(ids))
    args := make([]any, len(ids))
    for i, id := range ids {
        placeholders[i] = fmt.Sprintf("$%d", i+1)
        args[i] = id
    }
    query := fmt.Sprintf("SELECT id, name FROM users WHERE id IN (%s)", strings.Join(placeholders, ","))
    rows, err := db.QueryContext(ctx, query, args...)
    if err != nil {
        return nil, err
    }
    defer rows.Close()
    var out []User
    for rows.Next() {
        var u User
        if err := rows.Scan(&u.ID, &u.Name); err != nil {
            return nil, err
        }
        out = append(out, u)
    }
    return out, rows.Err()
}
""",
)


# ---------------------------------------------------------------------------
# Assemble, validate, write
# ---------------------------------------------------------------------------


def main():
    rows = corpus.build(ROWS, LANGS, "d3")
    corpus.validate(rows, LANGS)
    corpus.write(rows, __file__, "snippets_dev3.jsonl")


if __name__ == "__main__":
    main()
