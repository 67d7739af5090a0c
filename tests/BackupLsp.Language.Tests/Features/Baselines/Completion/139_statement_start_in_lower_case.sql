-- templates follow a lower-case start as the heads do; names in placeholders keep their case
c|
