# The core statistics of runSurveyAnalysis in R, on the responses CSV that bench/analysis.ts exports, timed per
# stage: scoring, reliability (psych::alpha), descriptives, harm trajectory (band means, lm, Hmisc rcspline +
# anova, lowess; overall and per support tertile), moderation, support-group tests with a stratified boot BCa
# interval (B = 2000), leavers (lm + TOST). Usage: Rscript bench/analysis.R responses.csv. Prints figures only.
suppressPackageStartupMessages({ library(psych); library(Hmisc); library(boot) })
args <- commandArgs(trailingOnly = TRUE)
timings <- list()
stage <- function(name, expr) {
  t <- system.time(value <- force(expr))
  timings[[name]] <<- t[["elapsed"]]
  invisible(value)
}

d <- stage("read CSV (not counted)", read.csv(args[1]))
cbi <- function(x) ifelse(x %in% 1:5, 100 - 25 * (x - 1), NA)
agree <- function(x) ifelse(x %in% 1:5, x, NA)
scale_score <- function(m, min_answered) {
  answered <- rowSums(!is.na(m))
  ifelse(answered >= min_answered, rowMeans(m, na.rm = TRUE), NA)
}
items <- list()
stage("scoring", {
  items$cbi_personal <- sapply(d[paste0("cbi_p", 1:6)], cbi)
  w <- sapply(d[paste0("cbi_w", 1:7)], cbi); w[, 7] <- 100 - w[, 7]; items$cbi_work <- w
  items$cbi_client <- sapply(d[paste0("cbi_c", 1:6)], cbi)
  p <- sapply(d[c("prot_hold_back", "prot_script", "prot_dread", "prot_switch_off", "prot_short", "prot_let_care")], agree)
  p[, 6] <- 6 - p[, 6]; items$protective_restructuring <- (p - 1) * 25
  s <- sapply(d[c("inst_wellbeing", "inst_replaceable", "inst_backing", "inst_escalation", "inst_recovery", "inst_recognition", "inst_feedback")], agree)
  s[, 2] <- 6 - s[, 2]; items$institutional_support <- (s - 1) * 25
  minimum <- c(cbi_personal = 3, cbi_work = 4, cbi_client = 3, protective_restructuring = 3, institutional_support = 4)
  for (scale in names(items)) d[[scale]] <- scale_score(items[[scale]], minimum[[scale]])
  d$capacity_drop <- d$capacity_start - d$capacity_now
  d$leaver <- d$role == 5
  keep <- is.na(d$excluded) | d$excluded == ""
  items <- lapply(items, function(m) m[keep, , drop = FALSE])
  d <- d[keep, ]
})
stage("reliability", for (scale in names(items)) {
  x <- na.omit(items[[scale]])
  a <- suppressMessages(psych::alpha(as.data.frame(x), check.keys = FALSE, warnings = FALSE))
})
outcomes <- c("cbi_personal", "cbi_work", "cbi_client", "capacity_drop")
stay <- d[!d$leaver, ]
stage("descriptives", for (v in c(names(items), "capacity_drop", "years_support", "capacity_start", "capacity_now")) {
  x <- na.omit(d[[v]]); if (length(x) > 1) t.test(x)$conf.int
})
cuts <- quantile(stay$institutional_support, c(1, 2) / 3, na.rm = TRUE)
stay$level <- cut(stay$institutional_support, c(-Inf, cuts, Inf), labels = c("low", "middle", "high"))
trajectory <- function(x, y) {
  band <- cut(x, c(-Inf, 2, 5, 10, 20, Inf))
  means <- tapply(y, band, function(v) if (length(v) > 1) c(mean(v), t.test(v)$conf.int) else NA)
  lin <- lm(y ~ x)
  X <- rcspline.eval(x, nk = 4, inclx = TRUE)
  spline <- lm(y ~ X)
  anova(lin, spline)
  lowess(x, y)
}
stage("harm trajectory", for (v in outcomes) {
  ok <- !is.na(stay[[v]]) & !is.na(stay$years_support)
  trajectory(stay$years_support[ok], stay[[v]][ok])
  for (g in levels(stay$level)) {
    ok_g <- ok & !is.na(stay$level) & stay$level == g
    trajectory(stay$years_support[ok_g], stay[[v]][ok_g])
  }
})
stage("moderation", for (v in outcomes) {
  m <- na.omit(stay[c(v, "years_support", "institutional_support")])
  m$support_c <- m$institutional_support - mean(m$institutional_support)
  fit <- lm(m[[v]] ~ years_support * support_c, data = m)
  confint(fit)
})
stage("support groups", for (v in outcomes) {
  high <- na.omit(stay[[v]][stay$level %in% "high"]); low <- na.omit(stay[[v]][stay$level %in% "low"])
  t.test(high, low); w <- wilcox.test(high, low, exact = FALSE, correct = TRUE)
  delta <- 2 * w$statistic / (length(high) * length(low)) - 1
  sp <- sqrt(((length(high) - 1) * var(high) + (length(low) - 1) * var(low)) / (length(high) + length(low) - 2))
  g <- (mean(high) - mean(low)) / sp * (1 - 3 / (4 * (length(high) + length(low)) - 9))
  data <- c(high, low); group <- rep(1:2, c(length(high), length(low)))
  b <- boot(data, function(x, i) mean(x[i][group[i] == 1]) - mean(x[i][group[i] == 2]), R = 2000, strata = group)
  L <- c((high - mean(high)) / length(high), -(low - mean(low)) / length(low)) * length(data)
  boot.ci(b, type = c("perc", "bca"), L = L)
})
stage("leavers", for (v in c("cbi_personal", "left_drain_now")) {
  y <- if (v == "left_drain_now") cbi(d$left_drain_now) else d[[v]]
  m <- na.omit(data.frame(y = y, since = d$left_years_ago, tenure = d$years_support)[d$leaver, ])
  fit <- lm(y ~ since + tenure, data = m)
  est <- 5 * coef(fit)[["since"]]; se <- 5 * sqrt(vcov(fit)["since", "since"])
  c(pt((est + 10) / se, fit$df.residual, lower.tail = FALSE), pt((est - 10) / se, fit$df.residual))
})
total <- 0
for (name in names(timings)) {
  cat(sprintf("%-26s%6.0f ms\n", name, 1000 * timings[[name]]))
  if (!grepl("not counted", name)) total <- total + timings[[name]]
}
cat(sprintf("%-26s%6.0f ms  (%d responses; R %s)\n", "total", 1000 * total, nrow(d), getRversion()))
