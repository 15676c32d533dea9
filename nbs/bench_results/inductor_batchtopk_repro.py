"""The cases of `inductor_batchtopk_repro.md`, each compiled alone: does inductor compile BatchTopK's batch-wide top-k?

Run it where torch is installed (a GPU if there is one, else the CPU backend):

    python nbs/bench_results/inductor_batchtopk_repro.py [--device cuda] [--paper-shape]

Each case is compiled with `torch.compile(..., dynamic=False)` after `torch._dynamo.reset()` and compared with eager.
One line per case: `ok`, `WRONG RESULT`, or the exception's type and first line; full tracebacks go to
`inductor_batchtopk_tracebacks.txt` in the working directory. Torch only, plus `sae_nb` for the last two cases
(skipped when it is not installed).
"""
import argparse
import traceback

import torch


def batch_topk(acts, k):
    "Keep the N*k largest entries of each model's (N, m) activations; ties go to the lowest flat index."
    flat = acts.flatten(-2)                                  # (L, N*m)
    K = acts.shape[-2] * k
    kth = flat.topk(K, dim=-1).values[..., -1:]              # the K-th largest value per model
    above, ties = flat > kth, flat == kth
    keep = above | (ties & (ties.cumsum(-1) <= K - above.sum(-1, keepdim=True)))
    return keep.view_as(acts)


def kth_value(acts, k):
    "The K-th largest value of each model's flattened batch: the top-k alone, no scan."
    return acts.flatten(-2).topk(acts.shape[-2] * k, dim=-1).values[..., -1]


def cumsum_of_bool(acts, k):
    "The scan of the tie-break alone: a cumulative sum of a boolean over each model's flattened batch."
    return (acts.flatten(-2) > 0.5).cumsum(-1)


def with_backward(acts, k):
    "The codes summed and differentiated, as the training step differentiates `acts * mask`."
    a = acts.detach().clone().requires_grad_()
    (a * batch_topk(a, k)).sum().backward()
    return a.grad


def cases(device, paper_shape):
    small, paper = (3, 256, 64, 4), (3, 2048, 8192, 64)
    out = [("the K-th value alone (topk)", kth_value, small),
           ("the cumsum of a bool alone, (L, N*m)", cumsum_of_bool, small),
           ("readable batch_topk, forward, L = 3", batch_topk, small),
           ("readable batch_topk, forward, L = 1", batch_topk, (1, 256, 64, 4)),
           ("readable batch_topk with a backward, L = 3", with_backward, small)]
    if paper_shape: out.append(("readable batch_topk, forward, L = 3, paper shape", batch_topk, paper))
    try:
        from sae_nb import fast, sae
    except ImportError:
        return out
    out.append(("sae.batch_topk_mask as shipped (compiler-disabled), L = 3", sae.batch_topk_mask, small))
    if fast.serves_topk(torch.zeros(1, device=device, dtype=torch.bfloat16)):
        out.append(("Triton workaround fast.batch_topk_mask, L = 3", fast.batch_topk_mask, small))
        if paper_shape:
            out.append(("Triton workaround fast.batch_topk_mask, L = 3, paper shape", fast.batch_topk_mask, paper))
    return out


def run(name, fn, shape, device, log):
    L, N, m, k = shape
    torch.manual_seed(0)
    acts = torch.relu(torch.randn(L, N, m, device=device))
    torch._dynamo.reset()
    try:
        got, want = torch.compile(fn, dynamic=False)(acts, k), fn(acts, k)
        return "ok" if torch.equal(got, want) else "WRONG RESULT"
    except Exception as e:   # the point is to report what inductor raises, whatever it is
        log.write(f"== {name} {shape}\n{traceback.format_exc()}\n")
        return f"{type(e).__name__}: {str(e).strip().splitlines()[0][:200] if str(e).strip() else ''}"


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu")
    p.add_argument("--paper-shape", action="store_true", help="also the paper's shape (3, 2048, 8192), k = 64")
    a = p.parse_args()
    gpu = torch.cuda.get_device_name() if a.device.startswith("cuda") else "CPU"
    print(f"torch {torch.__version__}, device {gpu}")
    with open("inductor_batchtopk_tracebacks.txt", "w") as log:
        for name, fn, shape in cases(a.device, a.paper_shape):
            print(f"{name} {shape[:3]}, k = {shape[3]}: {run(name, fn, shape, a.device, log)}", flush=True)


if __name__ == "__main__":
    main()
