/*
 * A floating-point benchmark: an n-body simulation (double: add, multiply,
 * divide, square root), a matrix product (double), Mandelbrot escape counts
 * (float) and conversions between integers and doubles. An ordinary C
 * program, so the same source runs natively as the ceiling; each kernel
 * prints a checksum of its results' bits, which must match the reference
 * emulator's. Built with -ffp-contract=off, so no compiler fuses a multiply
 * and an add on one target and not the other.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static uint64_t bits_of(double d)
{
    uint64_t u;
    memcpy(&u, &d, sizeof(u));
    return u;
}

struct body {
    double x, y, z, vx, vy, vz, mass;
};

static double nbody(int steps)
{
    struct body b[5] = {
        {0, 0, 0, 0, 0, 0, 39.47841760435743},
        {4.84, -1.16, -0.10, 0.606, 2.81, -0.02, 0.037},
        {8.34, 4.12, -0.40, -1.01, 1.82, 0.008, 0.011},
        {12.89, -15.11, -0.22, 1.08, 0.868, -0.01, 0.0017},
        {15.37, -25.91, 0.17, 0.979, 0.594, -0.034, 0.002},
    };
    const double dt = 0.01;
    for (int s = 0; s < steps; s++) {
        for (int i = 0; i < 5; i++)
            for (int j = i + 1; j < 5; j++) {
                double dx = b[i].x - b[j].x, dy = b[i].y - b[j].y, dz = b[i].z - b[j].z;
                double d2 = dx * dx + dy * dy + dz * dz;
                double mag = dt / (d2 * sqrt(d2));
                b[i].vx -= dx * b[j].mass * mag;
                b[i].vy -= dy * b[j].mass * mag;
                b[i].vz -= dz * b[j].mass * mag;
                b[j].vx += dx * b[i].mass * mag;
                b[j].vy += dy * b[i].mass * mag;
                b[j].vz += dz * b[i].mass * mag;
            }
        for (int i = 0; i < 5; i++) {
            b[i].x += dt * b[i].vx;
            b[i].y += dt * b[i].vy;
            b[i].z += dt * b[i].vz;
        }
    }
    double e = 0;
    for (int i = 0; i < 5; i++)
        e += 0.5 * b[i].mass * (b[i].vx * b[i].vx + b[i].vy * b[i].vy + b[i].vz * b[i].vz);
    return e;
}

#define N 160
static double ma[N][N], mb[N][N], mc[N][N];

static double matrix_product(int rounds)
{
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            ma[i][j] = (double)(i * N + j) / (N * N) - 0.5;
            mb[i][j] = (double)((j * 7 + i * 3) % N) / N;
        }
    double sum = 0;
    for (int r = 0; r < rounds; r++) {
        for (int i = 0; i < N; i++)
            for (int j = 0; j < N; j++) {
                double acc = 0;
                for (int k = 0; k < N; k++)
                    acc += ma[i][k] * mb[k][j];
                mc[i][j] = acc;
            }
        for (int i = 0; i < N; i++)
            ma[i][(i + r) % N] += mc[i][i] * 1e-3;
        sum += mc[r % N][(r * 3) % N];
    }
    return sum;
}

static uint32_t mandelbrot(int size, int limit)
{
    uint32_t total = 0;
    for (int py = 0; py < size; py++)
        for (int px = 0; px < size; px++) {
            float cr = -2.0f + 2.5f * (float)px / (float)size;
            float ci = -1.25f + 2.5f * (float)py / (float)size;
            float zr = 0, zi = 0;
            int n = 0;
            while (n < limit && zr * zr + zi * zi < 4.0f) {
                float t = zr * zr - zi * zi + cr;
                zi = 2.0f * zr * zi + ci;
                zr = t;
                n++;
            }
            total = total * 31 + (uint32_t)n;
        }
    return total;
}

static uint64_t conversions(int count)
{
    uint64_t h = 0;
    double d = 0.1;
    for (int i = 0; i < count; i++) {
        int64_t n = (int64_t)(d * 1e6);
        uint32_t u = (uint32_t)(d * 1234.5);
        d = (double)(n % 1000003) / 7.0 + (double)u * 1e-4 + 0.1;
        h = h * 1099511628211ull ^ (uint64_t)n ^ (uint64_t)lrint(d * 3.3);
    }
    return h;
}

int main(void)
{
    printf("nbody %016llx\n", (unsigned long long)bits_of(nbody(400000)));
    printf("matrix %016llx\n", (unsigned long long)bits_of(matrix_product(12)));
    printf("mandelbrot %08x\n", (unsigned)mandelbrot(400, 200));
    printf("conversions %016llx\n", (unsigned long long)conversions(3000000));
    return 0;
}
